// Command ledgerverify checks Lantern's signed checkpoints and its inclusion and consistency proofs with the Go
// checksum database's own packages (golang.org/x/mod/sumdb/note and .../tlog), not with any of Lantern's code.
//
// Usage: ledgerverify FILE, where FILE is JSON:
//
//	{"verifierKey": "name+keyid+base64key",
//	 "checkpoints": ["<signed note>", ...],
//	 "inclusion": [{"treeSize": N, "index": I, "leafHash": "<hex>", "proof": ["<hex>", ...]}, ...],
//	 "consistency": [{"fromSize": M, "toSize": N, "proof": ["<hex>", ...]}, ...]}
//
// It exits 0 and prints "verified" only if every checkpoint's signature holds and every proof checks against the
// root a checkpoint states; otherwise it prints the first failure and exits 1.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type inclusion struct {
	TreeSize int64    `json:"treeSize"`
	Index    int64    `json:"index"`
	LeafHash string   `json:"leafHash"`
	Proof    []string `json:"proof"`
}

type consistency struct {
	FromSize int64    `json:"fromSize"`
	ToSize   int64    `json:"toSize"`
	Proof    []string `json:"proof"`
}

type input struct {
	VerifierKey string        `json:"verifierKey"`
	Checkpoints []string      `json:"checkpoints"`
	Inclusion   []inclusion   `json:"inclusion"`
	Consistency []consistency `json:"consistency"`
}

func fail(format string, args ...interface{}) {
	fmt.Printf("FAILED: "+format+"\n", args...)
	os.Exit(1)
}

func hash(text string) tlog.Hash {
	var h tlog.Hash
	raw, err := hex.DecodeString(text)
	if err != nil || len(raw) != len(h) {
		fail("not a hash: %q", text)
	}
	copy(h[:], raw)
	return h
}

func hashes(texts []string) []tlog.Hash {
	var out []tlog.Hash
	for _, text := range texts {
		out = append(out, hash(text))
	}
	return out
}

// roots opens every checkpoint with the verifier and returns the root each states, by tree size.
func roots(verifierKey string, checkpoints []string) map[int64]tlog.Hash {
	verifier, err := note.NewVerifier(verifierKey)
	if err != nil {
		fail("verifier key: %v", err)
	}
	out := map[int64]tlog.Hash{}
	for _, checkpoint := range checkpoints {
		opened, err := note.Open([]byte(checkpoint), note.VerifierList(verifier))
		if err != nil {
			fail("checkpoint signature: %v", err)
		}
		lines := strings.Split(opened.Text, "\n")
		if len(lines) < 4 || lines[0] != verifier.Name() {
			fail("checkpoint body is not a checkpoint of %s: %q", verifier.Name(), opened.Text)
		}
		size, err := strconv.ParseInt(lines[1], 10, 64)
		if err != nil {
			fail("checkpoint size: %v", err)
		}
		raw, err := base64.StdEncoding.DecodeString(lines[2])
		var root tlog.Hash
		if err != nil || len(raw) != len(root) {
			fail("checkpoint root: %q", lines[2])
		}
		copy(root[:], raw)
		out[size] = root
	}
	return out
}

func main() {
	if len(os.Args) != 2 {
		fail("usage: ledgerverify FILE")
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail("%v", err)
	}
	var in input
	if err := json.Unmarshal(data, &in); err != nil {
		fail("%v", err)
	}
	signed := roots(in.VerifierKey, in.Checkpoints)
	for _, p := range in.Inclusion {
		root, ok := signed[p.TreeSize]
		if !ok {
			fail("no checkpoint of a tree of %d", p.TreeSize)
		}
		if err := tlog.CheckRecord(hashes(p.Proof), p.TreeSize, root, p.Index, hash(p.LeafHash)); err != nil {
			fail("inclusion of leaf %d in the tree of %d: %v", p.Index, p.TreeSize, err)
		}
	}
	for _, p := range in.Consistency {
		from, okFrom := signed[p.FromSize]
		to, okTo := signed[p.ToSize]
		if !okFrom || !okTo {
			fail("no checkpoints of trees of %d and %d", p.FromSize, p.ToSize)
		}
		if err := tlog.CheckTree(hashes(p.Proof), p.ToSize, to, p.FromSize, from); err != nil {
			fail("consistency from %d to %d: %v", p.FromSize, p.ToSize, err)
		}
	}
	fmt.Printf("verified: %d checkpoints, %d inclusion proofs, %d consistency proofs\n", len(in.Checkpoints),
		len(in.Inclusion), len(in.Consistency))
}
