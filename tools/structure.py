#!/usr/bin/env python3
"""Structure checks for issue "one shape per ledger kind", run from the repository root:

    python3 tools/structure.py            # prints the three measures
    python3 tools/structure.py --check    # also exits 1 when a limit is exceeded
    python3 tools/structure.py --graph    # also lists which web folders each folder uses

1. files in src/ (migrations aside) that name a member of LedgerKind (LedgerKind.Funds etc.): limit 10;
2. collections of rows typed as object (IReadOnlyList<object>, List<object>, IEnumerable<object>, Dictionary<K, object>): limit 0;
3. circles of imports between the web project's folders (Features/<X>, Hosting, Security, Ledgers, Shared…):
   a file uses a folder when it names a type declared there. Limit: none.

The type graph is read from the source text (declarations and identifiers), not from a compiler: good enough
for folder-level structure, cheap enough to run anywhere with Python 3.
"""
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SRC = os.path.join(ROOT, "src")
WEB = os.path.join(SRC, "ThreeAssets.Web")
SKIP_DIRS = {"bin", "obj", "node_modules", "Migrations", "wwwroot"}

KIND_MEMBER = re.compile(r"\bLedgerKind\.(Funds|Assets|Resources)\b")
# Rows travel as object in these; a reader's buffer of raw cells (object?[]) is not a row collection.
OBJECT_ROWS = re.compile(r"\b(?:IReadOnlyList|IList|List|IEnumerable|ICollection|IReadOnlyCollection)<object>|Dictionary<[^<>]+,\s*object>")
DECLARATION = re.compile(r"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")
IDENTIFIER = re.compile(r"\b[A-Z]\w*\b")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
STRING = re.compile(r'@?"(?:[^"\\\n]|\\.)*"')


def source_files(top, extensions):
    for folder, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            if name.endswith(extensions):
                yield os.path.join(folder, name)


def read(path):
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def code_of(text):
    return STRING.sub('""', COMMENT.sub("", text))


def web_folder(path):
    parts = os.path.relpath(path, WEB).split(os.sep)
    if len(parts) == 1:
        return None  # Program.cs and friends sit above the folders
    if parts[0] == "Features" and len(parts) > 2:
        return "Features/" + parts[1]
    return parts[0]


def strongly_connected(graph):
    index, low, stack, on_stack, result, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                result.append(sorted(group))

    sys.setrecursionlimit(10000)
    for node in list(graph):
        if node not in index:
            visit(node)
    return result


def main():
    check = "--check" in sys.argv[1:]

    kind_files = sorted(os.path.relpath(p, ROOT) for p in source_files(SRC, (".cs", ".cshtml"))
                        if KIND_MEMBER.search(code_of(read(p))))
    object_rows = [(os.path.relpath(p, ROOT), n + 1, line.strip())
                   for p in source_files(SRC, (".cs",))
                   for n, line in enumerate(code_of(read(p)).splitlines()) if OBJECT_ROWS.search(line)]

    files = [(p, web_folder(p)) for p in source_files(WEB, (".cs", ".cshtml"))]
    declared = defaultdict(set)
    texts = {}
    for path, folder in files:
        texts[path] = code_of(read(path))
        if folder and path.endswith(".cs"):
            for name in DECLARATION.findall(texts[path]):
                declared[name].add(folder)
    graph = defaultdict(set)
    reasons = defaultdict(set)
    for path, folder in files:
        if not folder:
            continue
        graph[folder]
        for name in set(IDENTIFIER.findall(texts[path])):
            for owner in declared.get(name, ()):
                if owner != folder and len(declared[name]) == 1:
                    graph[folder].add(owner)
                    reasons[(folder, owner)].add(name)
    circles = strongly_connected(graph)

    print(f"files naming a LedgerKind member: {len(kind_files)} (limit 10)")
    for f in kind_files:
        print(f"  {f}")
    print(f"object row collections: {len(object_rows)} (limit 0)")
    for f, n, line in object_rows:
        print(f"  {f}:{n}: {line}")
    print(f"circles between web folders: {len(circles)} (limit 0)")
    for group in circles:
        print("  " + " <-> ".join(group))
        for a in group:
            for b in group:
                if b in graph[a]:
                    print(f"    {a} uses {b}: {', '.join(sorted(reasons[(a, b)])[:6])}")
    if "--graph" in sys.argv[1:]:
        print("web folders and the folders they use:")
        for folder in sorted(graph):
            print(f"  {folder}: {', '.join(sorted(graph[folder])) or '-'}")
    if check and (len(kind_files) > 10 or object_rows or circles):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
