#!/usr/bin/env python3
"""Regenerates docs/events.md from the command and event records of ledger-core (run from the repository root)."""
import glob
import os
import re

BASE = 'ledger-core/src/main/java/budgetledger/core'


def records():
    for f in sorted(glob.glob(BASE + '/*/*.java')):
        s = open(f, encoding='utf-8').read()
        m = re.search(r'/\*\* ((?:(?!\*/).)*?) \*/\s*(?:@[^\n]*\n)*public record (\w+)\((.*?)\)\s*(implements [^{]*)?\{', s, re.S)
        if not m:
            continue
        doc, name, fields, _ = m.groups()
        kind = 'event' if 'Revision' in s else ('command' if 'TargetAggregateIdentifier' in s else 'value')
        fields = re.sub(r'[a-z.]+\.([A-Z]\w*)', r'\1', re.sub(r'\s+', ' ', fields)).replace('@TargetAggregateIdentifier ', '')
        doc = re.sub(r'\{@code ([^}]*)\}', r'`\1`', re.sub(r'\s+', ' ', doc)).replace('|', '/')
        yield kind, f.split('/')[-2], name, fields, doc


def main():
    rows = list(records())
    out = ["# Commands and events", "",
           "Generated from `ledger-core` by `python3 docs/gen_events.py`; the records are the source of truth.",
           "Every event also carries audit metadata: `recordedBy`, `reason`, `document`, `idempotencyKey`, `bodyHash`, "
           "`proposedBy`, `approvedBy`, `proposalId`, `subject`, `businessDate`, `recordedAt`, `hashAlg`, `prevHash`, `hash` "
           "(`core.audit.AuditKeys`).", ""]
    for kind, title in [('command', 'Commands'), ('event', 'Events'), ('value', 'Value records inside them')]:
        out += [f"## {title}", "", "| feature | name | fields | meaning |", "| --- | --- | --- | --- |"]
        out += [f"| {p} | `{n}` | {f} | {d} |" for k, p, n, f, d in rows if k == kind]
        out.append("")
    os.makedirs('docs', exist_ok=True)
    open('docs/events.md', 'w', encoding='utf-8').write("\n".join(out))


if __name__ == '__main__':
    main()
