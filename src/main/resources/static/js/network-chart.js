// Draws a network dossier with Cytoscape.js (loaded before this script) from the elements the page carries in
// data-elements. The tables on the page hold the same content, so the page works without JavaScript and for screen
// readers.
const container = document.getElementById('network-chart');
if (container && window.cytoscape) {
  window.cytoscape({
    container,
    elements: JSON.parse(container.dataset.elements),
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000 },
    wheelSensitivity: 0.2,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'background-color': '#505a5f', width: 18, height: 18 } },
      { selector: 'node[kind = "suspect"]', style: { 'background-color': '#d4351c', width: 24, height: 24 } },
      { selector: 'node[kind = "child"]', style: { 'background-color': '#1d70b8', width: 24, height: 24 } },
      { selector: 'node[kind = "vehicle"], node[kind = "phone"], node[kind = "location"], node[kind = "organisation"]',
        style: { shape: 'round-rectangle', 'background-color': '#b1b4b6' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#6f777b', 'curve-style': 'bezier' } },
      { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 9, 'line-color': '#ffdd00' } }
    ]
  });
}
