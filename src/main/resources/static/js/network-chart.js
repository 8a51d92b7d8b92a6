// Draws a network dossier with Cytoscape.js (loaded before this script) from the elements the page carries in
// data-elements. The tables on the page hold the same content, so the page works without JavaScript and for screen
// readers.
const container = document.getElementById('network-chart');
if (container && window.cytoscape) {
  window.cytoscape({
    container,
    elements: JSON.parse(container.dataset.elements),
    // Strong repulsion spreads a tightly knit network, and the bounding box makes it take the shape of the chart's
    // box, so that it is drawn large enough for its labels to be read.
    layout: { name: 'cose', animate: false, randomize: false, padding: 20, nodeRepulsion: () => 200000,
      idealEdgeLength: () => 70, nodeOverlap: 40, gravity: 0.5, numIter: 2500,
      boundingBox: { x1: 0, y1: 0, w: container.clientWidth, h: container.clientHeight } },
    wheelSensitivity: 0.2,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
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
