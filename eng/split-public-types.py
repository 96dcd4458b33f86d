#!/usr/bin/env python3
"""Splits C# files with several top-level public types into one file per public type.
Internal types stay with the public type that precedes them (or the first one)."""
import re, sys, os

TYPE_RE = re.compile(r'^(public|internal)\s+(?:(?:sealed|static|abstract|readonly|partial|ref)\s+)*(class|record struct|record|struct|enum|interface)\s+([A-Za-z_][A-Za-z0-9_]*)')

def split(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    ns_idx = next(i for i, l in enumerate(lines) if l.startswith('namespace ') and l.rstrip().endswith(';'))
    header = lines[:ns_idx + 1]
    body = lines[ns_idx + 1:]
    # find starts of top-level types (col 0), then walk back over attributes/doc comments
    starts = []
    for i, l in enumerate(body):
        m = TYPE_RE.match(l)
        if m:
            j = i
            while j > 0 and (body[j - 1].startswith('///') or body[j - 1].startswith('[')):
                j -= 1
            starts.append((j, m.group(1), m.group(3)))
    publics = [s for s in starts if s[1] == 'public']
    if len(publics) < 2:
        return []
    chunks = []
    for k, (j, vis, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(body)
        chunks.append((vis, name, body[j:end]))
    # leading lines before first type (blank lines/comments)
    lead = body[:starts[0][0]]
    groups = []  # (name, lines)
    for vis, name, chunk in chunks:
        if vis == 'public' or not groups:
            groups.append([name, list(chunk)])
        else:
            groups[-1][1].extend(chunk)
    d = os.path.dirname(path)
    base = os.path.splitext(os.path.basename(path))[0]
    written = []
    for name, chunk in groups:
        while chunk and chunk[-1].strip() == '':
            chunk.pop()
        content = '\n'.join(header + lead + chunk) + '\n'
        target = os.path.join(d, name + '.cs')
        if target != path and os.path.exists(target):
            raise SystemExit(f'{target} exists')
        written.append((target, content))
    # keep the original file name if it matches one type; otherwise remove it
    names = [os.path.join(d, n + '.cs') for n, _ in groups]
    for target, content in written:
        open(target, 'w', encoding='utf-8').write(content)
    if path not in names:
        os.remove(path)
    return [t for t, _ in written]

for p in sys.argv[1:]:
    print(p, '->', split(p))
