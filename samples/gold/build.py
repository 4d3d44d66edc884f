#!/usr/bin/env python3
"""Build the gold files samples/gold/<id>.json from the annotated sources samples/gold/src/<id>.ann.

An .ann file is the article text with inline marks (none of these characters occur in the articles):
  first line        @lang=en date=2024-10-23
  entity            ⟦HEADER|text⟧   HEADER = TYPE[=canonical][#label][:fields]
                    TYPE P=PERSON O=ORGANIZATION L=LOCATION
                         C=COUNTRY   fields iso2:form  (form n=name d=demonym c=capital)
                         N=QUANTITY  fields value:unit[:a]  (unit '-' = none; a = approximate)
                         D=DATE      fields [iso]
  quote             ⟨@speaker-label;cue|quoted text⟩   ('-' = null speaker / cue)
The text with the marks removed must equal samples/<id>.txt byte for byte (it is written with
--write-text when the .txt does not exist yet). Offsets are UTF-16 code units.

Usage: python3 samples/gold/build.py [--write-text]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
TYPES = {'P': 'PERSON', 'O': 'ORGANIZATION', 'L': 'LOCATION', 'C': 'COUNTRY', 'N': 'QUANTITY', 'D': 'DATE'}
FORMS = {'n': 'name', 'd': 'demonym', 'c': 'capital'}
# Speaker name of a country: its name in the article's language.
COUNTRY_NAMES = {
    'en': {'US': 'United States', 'KR': 'South Korea', 'KP': 'North Korea', 'RU': 'Russia', 'UA': 'Ukraine',
           'FR': 'France', 'DE': 'Germany', 'JP': 'Japan', 'CN': 'China', 'GB': 'United Kingdom'},
    'fr': {'FR': 'France', 'NE': 'Niger', 'DE': 'Allemagne', 'KR': 'Corée du Sud', 'RU': 'Russie',
           'US': 'États-Unis', 'UA': 'Ukraine'},
}
HEADER = re.compile(r'^([PCONLD])(?:=([^#:]+))?(?:#(\w+))?(?::(.*))?$')


def parse(ann):
    first, body = ann.split('\n', 1)
    meta = dict(kv.split('=', 1) for kv in first.lstrip('@').split())
    out, ents, quotes, open_quotes = [], [], [], []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '⟦':
            bar, close = body.index('|', i), body.index('⟧', i)
            header, text = body[i + 1:bar], body[bar + 1:close]
            m = HEADER.match(header)
            if not m or '⟦' in text or '⟨' in text or '⟩' in text:
                sys.exit(f'bad entity mark ⟦{header}|{text}⟧')
            start = len(''.join(out))
            out.append(text)
            ents.append({'code': m.group(1), 'canon': m.group(2), 'label': m.group(3),
                         'fields': m.group(4).split(':') if m.group(4) else [], 'start': start, 'text': text})
            i = close + 1
        elif c == '⟨':
            bar = body.index('|', i)
            spk, cue = body[i + 1:bar].lstrip('@').split(';', 1)
            open_quotes.append({'speaker': None if spk == '-' else spk, 'cue': None if cue == '-' else cue,
                                'start': len(''.join(out))})
            i = bar + 1
        elif c == '⟩':
            q = open_quotes.pop()
            q['end'] = len(''.join(out))
            quotes.append(q)
            i += 1
        else:
            out.append(c)
            i += 1
    if open_quotes:
        sys.exit('unclosed quote')
    return meta, ''.join(out), ents, quotes


def utf16(text):
    """Map a Python (code point) index to a UTF-16 index."""
    table, n = [], 0
    for ch in text:
        table.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    table.append(n)
    return table


def num(s):
    v = float(s)
    return int(v) if v.is_integer() else v


def build(doc_id, ann, write_text):
    meta, text, ents, quotes = parse(ann)
    path = os.path.join(SAMPLES, doc_id + '.txt')
    if os.path.exists(path):
        with open(path, encoding='utf-8', newline='') as f:
            if f.read() != text:
                sys.exit(f'{doc_id}: annotated text differs from {path}')
    elif write_text:
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    else:
        sys.exit(f'{path} missing (use --write-text)')
    u = utf16(text)
    lang = meta['lang']
    labels = {}
    entities = []
    for e in ents:
        t = e['text']
        if t != t.strip() or not t or t[-1] in ',;:' or t[0] in ',.;:':
            sys.exit(f'{doc_id}: span with surrounding space/punctuation: {t!r}')
        typ = TYPES[e['code']]
        o = {'type': typ, 'start': u[e['start']], 'end': u[e['start'] + len(t)], 'text': t}
        f = e['fields']
        if typ in ('PERSON', 'ORGANIZATION'):
            o['canonical'] = e['canon'] or t
        elif typ == 'COUNTRY':
            o['iso2'], o['form'] = f[0], FORMS[f[1]]
        elif typ == 'QUANTITY':
            o['value'] = num(f[0])
            o['unit'] = None if f[1] == '-' else f[1]
            o['approximate'] = len(f) > 2 and f[2] == 'a'
        elif typ == 'DATE':
            o['iso'] = f[0] if f else None
        if e['label']:
            if e['label'] in labels:
                sys.exit(f'{doc_id}: duplicate label {e["label"]}')
            labels[e['label']] = o
        entities.append(o)
    entities.sort(key=lambda o: o['start'])
    for a, b in zip(entities, entities[1:]):
        if a['end'] > b['start']:
            sys.exit(f'{doc_id}: overlapping entities {a["text"]!r} {b["text"]!r}')
    out_quotes = []
    for q in sorted(quotes, key=lambda q: q['start']):
        qt = text[q['start']:q['end']]
        if qt != qt.strip() or not qt:
            sys.exit(f'{doc_id}: quote with surrounding space: {qt!r}')
        sp = None
        if q['speaker']:
            e = labels[q['speaker']]
            name = COUNTRY_NAMES[lang][e['iso2']] if e['type'] == 'COUNTRY' else e['canonical']
            sp = {'start': e['start'], 'end': e['end'], 'text': e['text'], 'name': name}
        out_quotes.append({'start': u[q['start']], 'end': u[q['end']], 'text': qt, 'speaker': sp, 'cue': q['cue']})
    gold = {'id': doc_id, 'lang': lang, 'date': meta['date'], 'entities': entities, 'quotes': out_quotes}
    verify(gold, text)
    with open(os.path.join(HERE, doc_id + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return gold


def verify(gold, text):
    """Every span's text equals the file text at its UTF-16 offsets."""
    b = text.encode('utf-16-le')
    at = lambda s, e: b[2 * s:2 * e].decode('utf-16-le')
    for o in gold['entities'] + gold['quotes'] + [q['speaker'] for q in gold['quotes'] if q['speaker']]:
        if at(o['start'], o['end']) != o['text']:
            sys.exit(f'{gold["id"]}: offset mismatch for {o["text"]!r}')


def main():
    write_text = '--write-text' in sys.argv
    src = os.path.join(HERE, 'src')
    for fn in sorted(os.listdir(src)):
        if fn.endswith('.ann'):
            with open(os.path.join(src, fn), encoding='utf-8', newline='') as f:
                g = build(fn[:-4], f.read(), write_text)
            counts = {}
            for e in g['entities']:
                counts[e['type']] = counts.get(e['type'], 0) + 1
            print(f'{g["id"]}: {counts} quotes={len(g["quotes"])}')


if __name__ == '__main__':
    main()
