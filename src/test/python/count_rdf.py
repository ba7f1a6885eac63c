#!/usr/bin/env python3
"""Parses an RDF file with rdflib and prints how many statements it read: quads for the formats
with named graphs (trig, nquads, json-ld), triples for the others. Used by the interop tests to
check newskg's exports with an independent parser.

Usage: count_rdf.py FORMAT FILE   (FORMAT as rdflib names it: turtle, nt, xml, trig, nquads, json-ld)
"""
import sys

import rdflib

QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def main(fmt: str, path: str) -> int:
    if fmt in QUAD_FORMATS:
        dataset = rdflib.ConjunctiveGraph()
        dataset.parse(path, format=fmt)
        return sum(1 for _ in dataset.quads((None, None, None, None)))
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return len(graph)


if __name__ == "__main__":
    print(main(sys.argv[1], sys.argv[2]))
