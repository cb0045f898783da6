#!/usr/bin/env python3
"""Writes src/test/resources/seed-fingerprints.txt: a hash of every run of eight words in the seed
articles (../shared/seeds), so ContentTest can catch copied sentences without the seeds' text in the repo.
Rerun when the seeds change: python3 src/test/scripts/seed-fingerprints.py"""
import hashlib, os, re, sys

root = os.path.join(os.path.dirname(__file__), '..', '..', '..')
seeds = os.path.join(root, '..', 'shared', 'seeds')
out = os.path.join(root, 'src', 'test', 'resources', 'seed-fingerprints.txt')

def runs(text):
    words = re.findall(r"[a-z0-9$%']+", text.lower())
    for i in range(len(words) - 7):
        run = words[i:i + 8]
        if sum(w.isalpha() for w in run) >= 6:
            yield ' '.join(run)

prints = set()
for name in sorted(os.listdir(seeds)):
    if name.endswith('.txt'):
        for run in runs(open(os.path.join(seeds, name), encoding='utf-8').read()):
            prints.add(hashlib.sha256(run.encode('utf-8')).hexdigest()[:16])
with open(out, 'w') as f:
    f.write('\n'.join(sorted(prints)) + '\n')
print(f'{len(prints)} fingerprints written to {os.path.relpath(out, root)}', file=sys.stderr)
