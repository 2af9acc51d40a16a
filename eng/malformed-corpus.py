# Writes the malformed-input corpus of tests/PolicyEvents.Tests/Fixtures/malformed (see MANIFEST.md there).
# Usage: OUT=tests/PolicyEvents.Tests/Fixtures/malformed python3 eng/malformed-corpus.py
# With CASES=path, also writes a tab-separated list of file, options and description, from which MANIFEST.md's
# rows were made (the expected code, line, column and path come from reading each file, checked by hand).
import os, json
out = os.environ['OUT']
os.makedirs(out, exist_ok=True)
cases = []  # (name, bytes, what, options)
def add(name, data, what, options=""):
    if isinstance(data, str): data = data.encode('utf-8')
    cases.append((name, data, what, options))

META = '{ "id": "m", "title": "M", "version": "1", "created": "2026-01-01T00:00:00Z" }'
COMPANY = '{ "id": "acme", "name": "Acme" }'
def event(**kw):
    m = {"id": '"e1"', "company": '"acme"', "jurisdiction": '"HK"', "policy": '{ "stance": "paused" }', "effective": '"2020-07-06"', "recorded": '"2026-01-01T00:00:00Z"'}
    for k, v in kw.items():
        if v is None: m.pop(k, None)
        else: m[k] = v
    return "{ " + ", ".join(f'"{k}": {v}' for k, v in m.items()) + " }"
def doc(companies=None, events=None, metadata=META, version='"1.0"', extra=""):
    companies = [COMPANY] if companies is None else companies
    events = [event()] if events is None else events
    lines = ["{", f'  "formatVersion": {version},', f'  "metadata": {metadata},', '  "companies": [']
    lines += ["    " + c + ("," if i < len(companies) - 1 else "") for i, c in enumerate(companies)]
    lines += ["  ],", '  "events": [']
    lines += ["    " + e + ("," if i < len(events) - 1 else "") for i, e in enumerate(events)]
    lines += ["  ]" + ("," if extra else "")]
    if extra: lines += ["  " + extra]
    lines += ["}", ""]
    return "\n".join(lines)

H = '{"type":"dataset","formatVersion":"1.0","metadata":{"id":"m","title":"M","version":"1","created":"2026-01-01T00:00:00Z"}}'
C = '{"type":"company","id":"acme","name":"Acme"}'
def lev(**kw):
    m = {"type": '"event"', "id": '"e1"', "company": '"acme"', "jurisdiction": '"HK"', "policy": '{"stance":"paused"}', "effective": '"2020-07-06"', "recorded": '"2026-01-01T00:00:00Z"'}
    for k, v in kw.items():
        if v is None: m.pop(k, None)
        else: m[k] = v
    return "{" + ",".join(f'"{k}":{v}' for k, v in m.items()) + "}"
def lines(*ls): return "\n".join(ls) + "\n"

# Empty and nearly empty
add("empty.json", b"", "an empty file")
add("whitespace-only.json", " \n\t\r\n  ", "only white space")
add("bom-only.json", b"\xef\xbb\xbf", "a UTF-8 byte-order mark and nothing else")
add("double-bom.json", b"\xef\xbb\xbf\xef\xbb\xbf" + doc().encode(), "two byte-order marks (one is tolerated)")
add("nul-only.json", b"\x00", "a single NUL byte")
add("top-level-array.json", "[]\n", "a JSON array instead of an object")
add("top-level-string.json", '"dataset"\n', "a JSON string instead of an object")
add("top-level-number.json", "1.0\n", "a number instead of an object")
add("two-documents.json", doc() + doc(), "two documents one after the other")
add("trailing-garbage.json", doc() + "x\n", "text after the closing brace")
# Truncation at every structural point of the document
base = doc()
points = []
for i, ch in enumerate(base):
    if ch in "{[:,": points.append(i + 1)
seen = set()
for n, p in enumerate(points):
    name = f"truncated-document-{n:02d}.json"
    add(name, base[:p], f"the document cut off after byte {p} (after '{base[p-1]}')")
add("truncated-document-mid-string.json", base[:base.index('"Acme"') + 3], "the document cut off inside a string")
add("truncated-document-mid-literal.json", doc(events=[event(effective='"2020-07-06"')]).replace('"effective": "2020-07-06"', '"effective": tru')[:-12], "the document cut off inside a literal")
# Truncation of a JSON Lines record at every structural point
ev = lev()
for n, p in enumerate([i + 1 for i, ch in enumerate(ev) if ch in "{[:,"]):
    add(f"truncated-line-{n:02d}.jsonl", H + "\n" + ev[:p] + "\n", f"the event on line 2 cut off after '{ev[p-1]}' (byte {p})")
add("truncated-line-no-newline.jsonl", H + "\n" + ev[:40], "the last line cut off without a line end")
# Wrong types for every member kind
add("wrong-type-identifier.json", doc(companies=['{ "id": 42, "name": "Acme" }']), "a number where an identifier belongs")
add("wrong-type-text.json", doc(companies=['{ "id": "acme", "name": 7 }']), "a number where a text belongs")
add("wrong-type-verbatim.jsonl", lines(H, C, '{"type":"statement","id":"s","text":{"en":"hi"},"speaker":{"company":"acme"},"language":"en"}'), "an object where a verbatim text belongs")
add("wrong-type-date.json", doc(events=[event(effective='20200706')]), "a number where an EDTF date belongs")
add("wrong-type-instant.json", doc(events=[event(recorded='true')]), "a boolean where an instant belongs")
add("wrong-type-id-array.json", doc(events=[event(sources='"src"')]), "a string where an array of identifiers belongs")
add("wrong-type-id-array-item.json", doc(events=[event(sources='["src", 2]')]), "a number inside an array of identifiers")
add("wrong-type-enum.json", doc(events=[event(policy='{ "stance": 3 }')]), "a number where an enum name belongs")
add("wrong-type-flags.json", doc(events=[event(policy='{ "stance": "paused", "scope": { "requestKinds": "userData" } }')]), "a string where an array of flags belongs")
add("wrong-type-policy.json", doc(events=[event(policy='"paused"')]), "a string where the policy object belongs")
add("wrong-type-scope.json", doc(events=[event(policy='{ "stance": "paused", "scope": [] }')]), "an array where the scope object belongs")
add("wrong-type-text-array.json", doc(events=[event(policy='{ "stance": "paused", "conditions": [true] }')]), "a boolean inside an array of texts")
add("wrong-type-names.json", doc(companies=['{ "id": "acme", "name": "Acme", "names": true }']), "a boolean where the array of names belongs")
add("wrong-type-metadata.json", doc(metadata='[]'), "an array where the metadata object belongs")
add("wrong-type-companies.json", doc().replace('"companies": [\n    { "id": "acme", "name": "Acme" }\n  ]', '"companies": {}'), "an object where the companies array belongs")
add("wrong-type-record.json", doc(companies=['"acme"']), "a string where a company record belongs")
add("null-optional.json", doc(companies=['{ "id": "acme", "name": "Acme", "parent": null }']), "null for an optional member (never a value)")
add("null-required.json", doc(events=[event(company='null')]), "null for a required member")
add("number-format-version.json", doc(version='1.0'), "formatVersion as a number, not a string")
add("boolean-record-type.jsonl", lines(H, '{"type":true,"id":"acme","name":"Acme"}'), "a boolean JSON Lines record type")
# Dates and instants
add("date-month-13.json", doc(events=[event(effective='"2020-13-01"')]), "month 13")
add("date-february-30.json", doc(events=[event(effective='"2020-02-30"')]), "30 February")
add("date-not-leap.json", doc(events=[event(effective='"2019-02-29"')]), "29 February in a common year")
add("date-single-digits.json", doc(events=[event(effective='"2020-7-6"')]), "nearly EDTF: single-digit month and day")
add("date-two-qualifiers.json", doc(events=[event(effective='"2020-07-06~?"')]), "nearly EDTF: two qualifiers")
add("date-slashes.json", doc(events=[event(effective='"2020/07/06"')]), "slashes instead of hyphens")
add("date-compact.json", doc(events=[event(effective='"20200706"')]), "the compact form, not EDTF")
add("date-five-digit-year.json", doc(events=[event(effective='"10000"')]), "a year beyond 9999")
add("date-leading-space.json", doc(events=[event(effective='" 2020-07-06"')]), "a leading space")
add("date-hour-25.json", doc(events=[event(effective='"2020-07-06T25:00:00Z"')]), "hour 25")
add("date-no-offset.json", doc(events=[event(effective='"2020-07-06T10:00:00"')]), "a time without Z or offset")
add("date-offset-19.json", doc(events=[event(effective='"2020-07-06T10:00:00+19:00"')]), "an offset beyond 18:00")
add("date-qualified-instant.json", doc(events=[event(effective='"2020-07-06T10:00:00Z~"')]), "a qualifier on a time")
add("date-empty.json", doc(events=[event(effective='""')]), "an empty date")
add("date-interval-reversed.json", doc(events=[event(effective='"2020-07-14/2020-07-07"')], version='"1.1"'), "an interval that ends before it starts")
add("date-interval-no-date.json", doc(events=[event(effective='"../.."')], version='"1.1"'), "an interval with no date at either end")
add("date-unspecified-inner.json", doc(events=[event(effective='"2020-XX-15"')], version='"1.1"'), "an unspecified digit before a specified one")
add("instant-with-offset.json", doc(events=[event(recorded='"2026-01-01T08:00:00+08:00"')]), "an instant with an offset instead of Z")
add("instant-month-13.json", doc(events=[event(recorded='"2026-13-01T00:00:00Z"')]), "an instant in month 13")
add("instant-date-only.json", doc(events=[event(recorded='"2026-01-01"')]), "a date where an instant belongs")
add("names-from-after-until.json", doc(companies=['{ "id": "acme", "name": "Acme", "names": [{ "name": "Old", "kind": "former", "from": "2021", "until": "2020" }] }']), "a name used from a date after its until date")
# Enums
add("enum-stance-pascal.json", doc(events=[event(policy='{ "stance": "Paused" }')]), "an enum name in PascalCase")
add("enum-stance-unknown.json", doc(events=[event(policy='{ "stance": "suspended" }')]), "an unknown stance")
add("enum-request-kind.json", doc(events=[event(policy='{ "stance": "paused", "scope": { "requestKinds": ["userdata"] } }')]), "a request kind in the wrong case")
add("enum-repeated-flag.json", doc(events=[event(policy='{ "stance": "paused", "scope": { "requesters": ["courts", "courts"] } }')]), "the same flag twice")
add("enum-name-kind.json", doc(companies=['{ "id": "acme", "name": "Acme", "names": [{ "name": "A", "kind": "nickname" }] }']), "an unknown company name kind")
add("enum-jurisdiction-kind.jsonl", lines(H, '{"type":"jurisdiction","code":"XA","name":"Atlantis","kind":"country","timeZone":"UTC"}'), "an unknown jurisdiction kind")
# Other invalid values
add("id-uppercase.json", doc(companies=['{ "id": "Acme", "name": "Acme" }']), "an identifier with an uppercase letter")
add("id-too-long.json", doc(companies=['{ "id": "' + "a" * 200 + '", "name": "Acme" }']), "an identifier of 200 characters")
add("id-double-hyphen.json", doc(companies=['{ "id": "ac--me", "name": "Acme" }']), "an identifier with two hyphens in a row")
add("text-padded.json", doc(companies=['{ "id": "acme", "name": " Acme" }']), "a text with a leading space")
add("jurisdiction-lowercase.json", doc(events=[event(jurisdiction='"hk"')]), "a jurisdiction code in lowercase")
add("language-invalid.jsonl", lines(H, C, '{"type":"statement","id":"s","text":"Hi","speaker":{"company":"acme"},"language":"english"}'), "a language that is not a BCP 47 tag")
add("url-ftp.jsonl", lines(H, '{"type":"source","id":"s","publisher":"P","title":"T","url":"ftp://example.org/x"}'), "a URL that is not http or https")
add("licence-invalid.json", doc(metadata='{ "id": "m", "title": "M", "version": "1", "license": "not a licence!", "created": "2026-01-01T00:00:00Z" }'), "a licence that is not an SPDX expression")
add("time-zone-unknown.jsonl", lines(H, '{"type":"jurisdiction","code":"XA","name":"Atlantis","kind":"other","timeZone":"Mars/Olympus"}'), "a time zone unknown to the TZDB")
add("wikidata-leading-zero.json", doc(companies=['{ "id": "acme", "name": "Acme", "wikidata": "Q0123" }']), "a Wikidata id with a leading zero")
add("own-parent.json", doc(companies=['{ "id": "acme", "name": "Acme", "parent": "acme" }']), "a company that is its own parent")
add("repeated-array-item.json", doc(events=[event(sources='["src", "src"]')]), "the same source twice in one array")
add("claim-without-sources.jsonl", lines(H, '{"type":"trigger","id":"t","jurisdiction":"HK","title":"T","effective":"2020","effectiveClaims":[{"date":"2020","sources":[]}]}'), "a date claim with an empty sources array")
add("missing-required.json", doc(companies=['{ "id": "acme" }']), "a company without its name")
add("missing-effective-and-announced.json", doc(events=[event(effective=None)]), "an event with neither effective nor announced")
add("missing-metadata.json", '{\n  "formatVersion": "1.0"\n}\n', "a document without metadata")
add("missing-format-version.json", '{\n  "metadata": ' + META + '\n}\n', "a document without formatVersion")
# Duplicates
add("duplicate-member.json", doc(companies=['{ "id": "acme", "name": "Acme", "name": "Acme Corp" }']), "the same member twice in one object")
add("duplicate-top-level-member.json", doc(extra='"companies": []'), "the companies array twice")
add("duplicate-id-document.json", doc(companies=[COMPANY, '{ "id": "acme", "name": "Acme again" }']), "two companies with one id")
add("duplicate-id-lines.jsonl", lines(H, C, '{"type":"company","id":"acme","name":"Acme again"}'), "two companies with one id in JSON Lines")
add("duplicate-jurisdiction-code.jsonl", lines(H, '{"type":"jurisdiction","code":"XA","name":"A","kind":"other","timeZone":"UTC"}', '{"type":"jurisdiction","code":"XA","name":"B","kind":"other","timeZone":"UTC"}'), "two jurisdictions with one code")
# Dangling references (found by validation on load)
add("dangling-company.json", doc(events=[event(company='"nobody"')]), "an event for a company the dataset does not define", "validate")
add("dangling-source.json", doc(events=[event(sources='["nowhere"]')]), "an event citing a source the dataset does not define", "validate")
add("dangling-supersedes.json", doc(events=[event(supersedes='"e0"')]), "an event superseding an event the dataset does not define", "validate")
add("dangling-trigger.jsonl", lines(H, C, lev(trigger='"no-law"')), "an event naming a trigger the dataset does not define", "validate")
add("dangling-jurisdiction.json", doc(events=[event(jurisdiction='"XA"')]), "an event toward a jurisdiction neither built in nor defined", "validate")
add("unknown-member-strict.json", doc(companies=['{ "id": "acme", "name": "Acme", "colour": "blue" }']), "an unknown member, with unknown members rejected", "strict")
# Deep nesting
add("deep-arrays.json", doc(companies=['{ "id": "acme", "name": "Acme", "extra": ' + "[" * 100 + "]" * 100 + ' }']), "arrays nested 100 deep in an unknown member")
add("deep-objects.jsonl", lines(H, '{"type":"company","id":"acme","name":"Acme","x":' + '{"a":' * 70 + '1' + '}' * 70 + '}'), "objects nested 70 deep in an unknown member")
add("deep-unclosed.json", "[" * 5000, "5,000 opening brackets and nothing else")
# Encodings and bytes
d = doc().encode()
i = d.index(b'"Acme"') + 2
add("invalid-utf8-byte.json", d[:i] + b"\xff" + d[i+1:], "an 0xFF byte, never valid UTF-8, inside a name")
add("invalid-utf8-overlong.json", d[:i] + b"\xc0\xaf" + d[i+1:], "an overlong UTF-8 encoding of '/'")
add("invalid-utf8-truncated-sequence.json", d[:i] + b"\xe2\x82" + d[i+1:], "a three-byte UTF-8 sequence missing its last byte")
add("invalid-utf8-surrogate.json", d[:i] + b"\xed\xa0\x80" + d[i+1:], "a UTF-8 encoded surrogate (CESU-8)")
add("lone-surrogate-escape.json", doc(companies=['{ "id": "acme", "name": "A\\ud800cme" }']), "an escaped lone surrogate in a name")
add("utf16le-bom.json", b"\xff\xfe" + doc().encode("utf-16-le"), "UTF-16 little-endian with its byte-order mark")
add("utf16be-bom.json", b"\xfe\xff" + doc().encode("utf-16-be"), "UTF-16 big-endian with its byte-order mark")
add("utf16le-no-bom.jsonl", lines(H, C).encode("utf-16-le"), "UTF-16 little-endian JSON Lines without a byte-order mark")
add("utf32le-bom.json", b"\xff\xfe\x00\x00" + doc().encode("utf-32-le"), "UTF-32 little-endian with its byte-order mark")
add("nul-in-string.json", d[:i] + b"\x00" + d[i+1:], "a raw NUL byte inside a string")
add("nul-between-tokens.json", d.replace(b'"formatVersion"', b'\x00"formatVersion"', 1), "a NUL byte between tokens")
add("nul-after-document.json", d + b"\x00", "a NUL byte after the document")
add("control-char-in-string.jsonl", (H + "\n" + C.replace("Acme", "Ac\x01me") + "\n").encode(), "a raw control character inside a string")
# Versions
add("version-2.json", doc(version='"2.0"'), "a newer major format version")
add("version-0.json", doc(version='"0.9"'), "an older major format version")
add("version-no-minor.json", doc(version='"1"'), "a version without its minor number")
add("version-prefixed.json", doc(version='"v1.0"'), "a version with a 'v' prefix")
add("version-2-lines.jsonl", lines(H.replace('"1.0"', '"2.0"'), C), "a JSON Lines header of a newer major version")
# JSON syntax that is not JSON
add("comment.json", doc().replace('  "companies"', '  // the companies\n  "companies"'), "a // comment")
add("trailing-comma.json", doc(companies=[COMPANY + ","]), "a trailing comma in an array")
add("single-quotes.json", doc(companies=["{ 'id': 'acme', 'name': 'Acme' }"]), "single-quoted strings")
add("unquoted-name.json", doc(companies=['{ id: "acme", "name": "Acme" }']), "an unquoted member name")
add("nan.json", doc(companies=['{ "id": "acme", "name": "Acme", "extra": NaN }']), "NaN, which JSON does not have")
add("bad-escape.json", doc(companies=['{ "id": "acme", "name": "Ac\\qme" }']), "an invalid escape sequence")
# JSON Lines variants
add("lines-no-header.jsonl", lines(C), "JSON Lines without the header line")
add("lines-header-not-first.jsonl", lines(C, H), "the header on line 2")
add("lines-two-headers.jsonl", lines(H, C, H), "a second header on line 3")
add("lines-type-not-first.jsonl", lines(H, '{"id":"acme","type":"company","name":"Acme"}'), "a record whose first member is not type")
add("lines-two-objects-on-a-line.jsonl", lines(H, C + C), "two records on one line")
add("lines-array-line.jsonl", lines(H, "[" + C + "]"), "a line that is an array of records")
add("lines-cr-only.jsonl", H + "\r" + C + "\r", "records separated by CR alone")
add("lines-pretty-printed.jsonl", json.dumps(json.loads(H), indent=2) + "\n" + C + "\n", "a header spread over several lines")
add("lines-header-missing-metadata.jsonl", lines('{"type":"dataset","formatVersion":"1.0"}', C), "a header without metadata")
add("lines-garbage-line.jsonl", lines(H, C, "this is not json"), "a line of plain text")
add("lines-bad-line-among-good.jsonl", lines(H, C, lev(), lev(id='"e2"', effective='"2020-02-30"'), lev(id='"e3"')), "the event on line 4 has an invalid date")

# Found by fuzzing (docs/reliability.md): each threw another exception type before the fix
add("fuzz-invalid-utf8-member-name.json", doc().encode().replace(b'"id": "acme", "name": "Acme"', b'"id": "acme", "name": "Acme", "\xff": 1'), "an unknown member whose name is not valid UTF-8")
add("fuzz-invalid-utf8-record-type.jsonl", (H + "\n").encode() + b'{"type":"\xffcompany","id":"acme","name":"Acme"}\n', "a JSON Lines record type that is not valid UTF-8")
add("fuzz-header-version-number.jsonl", lines(H.replace('"formatVersion":"1.0"', '"formatVersion":1.0'), C), "a JSON Lines header whose formatVersion is a number")

for name, data, what, options in cases:
    with open(os.path.join(out, name), "wb") as f: f.write(data)
if os.environ.get("CASES"):
  with open(os.environ["CASES"], "w") as f:
    for name, data, what, options in cases: f.write(f"{name}\t{options}\t{what}\n")
print(len(cases))
