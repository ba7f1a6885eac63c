#!/usr/bin/env python3
"""Checks gold files (format: eval/README.md) for the mistakes a writer of gold makes: a filler or an
affiliation that is no entity's name, a role the event type does not have, an evidence sentence not in
the text, a name or alias given to two entities. A set's events.json (the real events its articles
report) must name only real events whose articles report them and articles that exist. Usage: scripts/check-gold.py FILE_OR_DIR...
Exit code 1 when a file has a problem (each printed as FILE: problem)."""
import json
import re
import sys
from pathlib import Path

ROLES = {
    "Negotiation": {"participant", "mediator", "place"},
    "Attack": {"attacker", "target", "place"},
    "Killing": {"killer", "victim", "place"},
    "Threat": {"agent", "target"},
}
TYPES = {"Person", "Organization", "Country", "Place"}


def fold(s):
    return re.sub(r"[^\w]", "", s.lower())


def problems(path):
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        yield f"not JSON: {e}"
        return
    for field in ("id", "text", "entities", "events"):
        if field not in doc:
            yield f"missing field {field!r}"
    if any(f not in doc for f in ("id", "text", "entities", "events")):
        return
    if doc.get("date") is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"]):
        yield f"date {doc['date']!r} is not YYYY-MM-DD"
    text = doc["text"]
    names = {}
    forms = {}
    for e in doc["entities"]:
        name = e.get("name")
        if not name:
            yield f"entity without a name: {e}"
            continue
        if e.get("type") not in TYPES:
            yield f"{name}: type {e.get('type')!r} is none of {sorted(TYPES)}"
        if name in names:
            yield f"{name}: listed twice"
        names[name] = e
        for form in [name] + e.get("aliases", []):
            other = forms.get(fold(form))
            if other and other != name:
                yield f"{form!r} is a form of both {other!r} and {name!r}"
            forms[fold(form)] = name
        if (e.get("titles") or e.get("affiliations")) and e.get("type") != "Person":
            yield f"{name}: titles and affiliations are for persons only"
    for e in doc["entities"]:
        for a in e.get("affiliations", []):
            if a not in names:
                yield f"{e.get('name')}: affiliation {a!r} is no entity's name"
    for i, ev in enumerate(doc["events"]):
        kind = ev.get("type")
        if kind not in ROLES:
            yield f"event {i}: type {kind!r} is none of {sorted(ROLES)}"
            continue
        for role, fillers in ev.get("roles", {}).items():
            if role not in ROLES[kind]:
                yield f"event {i} ({kind}): no role {role!r}"
            for f in fillers:
                if f not in names:
                    yield f"event {i} ({kind}): {role} {f!r} is no entity's name"
        evidence = ev.get("evidence", "")
        if evidence and evidence not in text:
            yield f"event {i} ({kind}): evidence is not a passage of the text: {evidence[:60]!r}"


def event_problems(path, articles):
    """events.json: each real event's articles exist and report it; each report names a listed event."""
    try:
        events = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        yield f"not JSON: {e}"
        return
    listed = {e.get("id"): e for e in events}
    reported = {}
    for article_id, doc in articles.items():
        for ev in doc.get("events", []):
            # null: an event the set does not follow; a real event's reports may be of several
            # types (the strike that killed is an Attack beside the Killing), scored apart.
            if ev.get("event") is not None:
                if ev["event"] not in listed:
                    yield f"{article_id} reports {ev['event']!r}, which events.json does not list"
                reported.setdefault(ev["event"], set()).add(article_id)
    for event_id, event in listed.items():
        for article_id in event.get("articles", []):
            if article_id not in articles:
                yield f"{event_id}: article {article_id!r} is not in the set"
            elif article_id not in reported.get(event_id, set()):
                yield f"{event_id}: article {article_id} has no event reporting it"
        for day in event.get("dates", []):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                yield f"{event_id}: date {day!r} is not YYYY-MM-DD"


def main(args):
    files = []
    for arg in args:
        p = Path(arg)
        files += sorted(p.glob("*.json")) if p.is_dir() else [p]
    bad = 0
    for f in files:
        if f.name == "events.json":
            continue
        for problem in problems(f):
            print(f"{f}: {problem}")
            bad += 1
    for events in {f for f in files if f.name == "events.json"}:
        articles = {}
        for f in events.parent.glob("*.json"):
            if f.name != "events.json":
                try:
                    doc = json.loads(f.read_text(encoding="utf-8"))
                    articles[doc.get("id", f.stem)] = doc
                except (ValueError, UnicodeDecodeError):
                    pass  # reported above
        for problem in event_problems(events, articles):
            print(f"{events}: {problem}")
            bad += 1
    print(f"{len(files)} files, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
