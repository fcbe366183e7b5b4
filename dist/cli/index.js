#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(705);


// Entry of the `dct-sign` binary: everything else lives in main.ts.
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), (0,_io_js__WEBPACK_IMPORTED_MODULE_0__/* .processIO */ .W)());
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIO)
/* harmony export */ });
/* unused harmony export readUserFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(916);


/** The real process's IO. */
function processIO() {
    return {
        out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
        err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
        env: process.env,
        readFile: readUserFile,
        isTTY: Boolean(process.stdin.isTTY && process.stderr.isTTY),
        promptSecret: process.stdin.isTTY ? promptNoEcho : undefined,
        cwd: process.cwd(),
    };
}
/** Reads a file the user named; a missing or unreadable one is a one-line UsageError. */
function readUserFile(path) {
    try {
        return new Uint8Array((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path));
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'no such file'
            : code === 'EACCES'
                ? 'permission denied'
                : code === 'EISDIR'
                    ? 'is a directory'
                    : String(code);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${path}: ${why}`);
    }
}
/** Reads a line from the terminal with echo off (raw mode), for passphrases. */
function promptNoEcho(question) {
    return new Promise((resolve, reject) => {
        const stdin = process.stdin;
        process.stderr.write(question);
        stdin.setRawMode(true);
        stdin.resume();
        let value = '';
        const onData = (chunk) => {
            for (const ch of chunk.toString('utf8')) {
                if (ch === '\r' || ch === '\n') {
                    finish();
                    resolve(value);
                    return;
                }
                if (ch === '\u0003') {
                    finish();
                    reject(new Error('interrupted'));
                    return;
                }
                if (ch === '\u007f')
                    value = value.slice(0, -1);
                else
                    value += ch;
            }
        };
        const finish = () => {
            stdin.off('data', onData);
            stdin.setRawMode(false);
            stdin.pause();
            process.stderr.write('\n');
        };
        stdin.on('data', onData);
    });
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
;// CONCATENATED MODULE: ./src/one-line.ts
/**
 * Messages reach users as exactly one line, whatever untrusted text (a
 * server's error, a key from hostile JSON) ended up in them: control
 * characters become spaces, so nothing can forge a second log line. Used by
 * both glues where they print an error.
 */
function oneLine(message) {
    // eslint-disable-next-line no-control-regex
    return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts


/** The command line itself is wrong (unknown flag, missing argument): exit code 2. */
class CommandLineError extends errors/* SignerError */.nw {
}
/** Parses argv for one command; unknown flags and missing positionals are CommandLineErrors. */
function parseCommandLine(argv, flags, positionals, command) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: flags,
            allowPositionals: true,
            strict: true,
        });
    }
    catch (err) {
        throw new CommandLineError(`${command}: ${err.message.split('\n')[0]}`);
    }
    const required = positionals.filter((p) => !p.endsWith('?'));
    if (parsed.positionals.length < required.length) {
        throw new CommandLineError(`${command}: missing ${required.slice(parsed.positionals.length).join(' ')}; see dct-sign ${command} --help`);
    }
    if (parsed.positionals.length > positionals.length) {
        throw new CommandLineError(`${command}: unexpected argument "${parsed.positionals[positionals.length]}"; see dct-sign ${command} --help`);
    }
    return {
        values: parsed.values,
        args: parsed.positionals,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/ops/admin/types.ts
/** `targets/releases`: the role docker clients trust tags from (notary-protocol.md §7). */
const RELEASES_ROLE = 'targets/releases';

;// CONCATENATED MODULE: ./src/ops/admin/errors.ts

/** A change would leave `targets/releases` below its threshold and --force was not given. */
class SignerRemovalError extends errors/* SignerError */.nw {
}
/** A key the change must be signed with is not available locally. */
class MissingKeyError extends errors/* SignerError */.nw {
}
/** A bundle is malformed, already used, or the server changed since it was fetched. */
class BundleError extends errors/* SignerError */.nw {
}
/** The tag is not signed, or not trusted, in the repository. */
class NotSignedError extends errors/* SignerError */.nw {
}

;// CONCATENATED MODULE: ./src/keys/errors.ts

/**
 * Base of every error keys/ throws. Messages name the key (role or short key
 * ID) but never carry a passphrase, PEM text or private key bytes (STYLE §6).
 */
class KeyError extends errors/* SignerError */.nw {
}
/**
 * The passphrase does not decrypt the key: the padding, the DER structure or
 * the embedded public key did not check out. An encrypted key has no MAC, so a
 * corrupted ciphertext looks the same and lands here too.
 */
class BadPassphraseError extends KeyError {
}
/**
 * Well-formed key material of an algorithm, curve, cipher or KDF we do not
 * implement (P-384, DES-CBC, ed25519 SPKI public keys, RSA under 2048 bits…);
 * the message names what was found.
 */
class UnsupportedKeyError extends KeyError {
}
/** Input that is not a key at all: no PEM block, bad base64, truncated or malformed DER. */
class errors_KeyFormatError extends KeyError {
}
/**
 * A root certificate that notary's readers would refuse: wrong CN for the GUN,
 * expired, SHA-1 signed or a short RSA key ([N] tuf/utils/x509.go ValidateCertificate).
 */
class RootCertificateError extends KeyError {
}

;// CONCATENATED MODULE: ./src/keys/pem.ts

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n/g;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Every PEM block in `text`, in order (a certificate chain has several).
 * Throws {@link KeyFormatError} when there is none, when a block has no END
 * line (truncated) or when a body is not valid base64.
 */
function parsePemBlocks(text) {
    const blocks = [];
    BEGIN.lastIndex = 0;
    for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
        const type = m[1];
        const endLine = `-----END ${type}-----`;
        const end = text.indexOf(endLine, BEGIN.lastIndex);
        if (end < 0)
            throw new errors_KeyFormatError(`PEM block ${type} is truncated (no END line)`);
        blocks.push(parseBody(type, text.slice(BEGIN.lastIndex, end)));
        BEGIN.lastIndex = end + endLine.length;
    }
    if (blocks.length === 0)
        throw new errors_KeyFormatError('no PEM block found');
    return blocks;
}
/** Splits a block body into `Key: value` headers and the base64 payload, as Go's pem.Decode does. */
function parseBody(type, body) {
    const lines = body.split(/\r?\n/);
    const headers = Object.create(null);
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i];
        const colon = line.indexOf(':');
        if (colon < 0)
            break;
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    const b64 = lines.slice(i).join('').replace(/\s+/g, '');
    if (!BASE64.test(b64) || b64.length % 4 !== 0) {
        throw new errors_KeyFormatError(`PEM block ${type} has a malformed base64 body`);
    }
    return { type, headers, bytes: new Uint8Array(Buffer.from(b64, 'base64')) };
}
/**
 * Encodes a block exactly as Go's pem.Encode: `Proc-Type` first, then the
 * other headers sorted, a blank line after headers, 64-character base64 lines.
 */
function encodePem(block) {
    const names = Object.keys(block.headers)
        .filter((k) => k !== 'Proc-Type')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if ('Proc-Type' in block.headers)
        names.unshift('Proc-Type');
    let out = `-----BEGIN ${block.type}-----\n`;
    for (const name of names)
        out += `${name}: ${block.headers[name]}\n`;
    if (names.length > 0)
        out += '\n';
    const b64 = Buffer.from(block.bytes).toString('base64');
    for (let i = 0; i < b64.length; i += 64)
        out += b64.slice(i, i + 64) + '\n';
    return out + `-----END ${block.type}-----\n`;
}
/**
 * Accepts key text as PEM or as base64 of PEM (CI secrets are often stored
 * base64'd) and returns the PEM text. Never echoes the input in an error.
 */
function decodeKeyInput(text) {
    if (text.includes('-----BEGIN '))
        return text;
    const compact = text.replace(/\s+/g, '');
    if (compact.length > 0 && BASE64.test(compact) && compact.length % 4 === 0) {
        const decoded = Buffer.from(compact, 'base64').toString('utf8');
        if (decoded.includes('-----BEGIN '))
            return decoded;
    }
    throw new errors_KeyFormatError('key input is neither PEM nor base64-encoded PEM');
}

;// CONCATENATED MODULE: ./src/tuf/errors.ts

/** Metadata that is not shaped as notary's Go structs expect (wrong type, missing field). */
class MetadataError extends errors/* SignerError */.nw {
}
/** Metadata that is well formed but must not be trusted (signature, threshold, version, expiry, hash). */
class VerificationError extends errors/* SignerError */.nw {
}
/** Fewer valid signatures than the role's threshold ([N] tuf/signed/verify.go ErrRoleThreshold). */
class ThresholdError extends VerificationError {
}
/** A role's `expires` lies before the reference time ([N] tuf/signed/verify.go ErrExpired). */
class ExpiredError extends VerificationError {
}
/** A version lower than one already trusted: a rollback ([N] ErrLowVersion). */
class RollbackError extends VerificationError {
}
/** Bytes whose length or hash differs from what the referring role recorded. */
class HashMismatchError extends VerificationError {
}
/** A target listed in a delegation whose `paths` do not allow it. */
class errors_PathNotAllowedError extends (/* unused pure expression or super */ null && (VerificationError)) {
}
/** A role file with no signatures at all ([N] tuf/signed/verify.go ErrNoSignatures; fatal even for delegations). */
class NoSignaturesError extends VerificationError {
}
/** A role lists a key under an ID the key does not hash to ([N] tuf/signed/errors.go ErrInvalidKeyID). */
class InvalidKeyIDError extends VerificationError {
}
/** A new root not signed by a threshold of the trusted root's keys ([N] trustpinning ErrRootRotationFail). */
class RootRotationError extends VerificationError {
}
/** A file the trusted metadata requires was not supplied ([N] ErrMetaNotFound, a 404). */
class MissingMetadataError extends VerificationError {
}

;// CONCATENATED MODULE: ./src/tuf/canonical.ts

const utf8 = new TextEncoder();
/**
 * Byte-wise UTF-8 order of object keys, as Go's `string <` sorts them in
 * docker/go canonical/json. UTF-8 byte order is code-point order; JS compares
 * UTF-16 units, which agrees except that astral characters (surrogates,
 * U+D800..U+DFFF) must sort above U+E000..U+FFFF (notary-protocol.md §9.21).
 * So the first differing unit is remapped instead of encoding both strings:
 * encoding on every comparison was the largest cost of sorting a big role.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
/**
 * `entries` as a Map in CANON's key order: a copy, unless it is a map this
 * function made already (those are shared). Parsing a canonical file
 * yields that order, so every model keeps its maps in it: a model reads the
 * same (iteration order included) whether it was parsed or built, which the
 * parse memo of our own signed files relies on (SignedMetadata.ofOwnBytes).
 * Already-ordered input, the usual case, costs one pass.
 */
function inCanonicalOrder(entries) {
    // A map this function made is shared, not copied: models are immutable,
    // and a role's editors (withVersion, withExpires, withTargets) would
    // otherwise copy and re-check a 10,000-entry map each.
    if (entries instanceof Map && ORDERED.has(entries))
        return entries;
    let map = new Map(entries);
    let previous;
    for (const key of map.keys()) {
        if (previous !== undefined && compareUtf8(previous, key) >= 0) {
            map = new Map([...map].sort((a, b) => compareUtf8(a[0], b[0])));
            break;
        }
        previous = key;
    }
    ORDERED.add(map);
    return map;
}
/** Maps made by inCanonicalOrder: in canonical order, and never changed after. */
const ORDERED = new WeakSet();
/** Orders UTF-16 units by the code points they start: surrogates above U+FFFF's units. */
function codePointRank(unit) {
    if (unit >= 0xe000)
        return unit - 0x800;
    if (unit >= 0xd800)
        return unit + 0x2000;
    return unit;
}
/** The canonical form of a number: integers only, as Go prints them. */
function canonicalNumber(value) {
    // Canonical JSON allows integers only; Go prints an integral float as an integer.
    if (!Number.isSafeInteger(value)) {
        throw new MetadataError(`canonical JSON allows only integers, got ${value}`);
    }
    return String(value);
}
/** The canonical form of a string: only `"` and `\` are escaped (docker/go encode.go). */
function canonicalString(s) {
    // Most strings (tags, hashes, key IDs) need no escape: skip the regex replace.
    if (s.indexOf('"') === -1 && s.indexOf('\\') === -1)
        return '"' + s + '"';
    return '"' + s.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}
// Builds one string by concatenation (V8 ropes): for a role of 10,000 targets
// this allocates far less than an array of fragments joined at the end.
function write(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return canonicalNumber(value);
    if (typeof value === 'string')
        return canonicalString(value);
    let out;
    if (Array.isArray(value)) {
        out = '[';
        for (let i = 0; i < value.length; i++) {
            if (i > 0)
                out += ',';
            out += write(value[i]);
        }
        return out + ']';
    }
    out = '{';
    const keys = Object.keys(value);
    if (keys.length > 1)
        keys.sort(compareUtf8);
    for (let i = 0; i < keys.length; i++) {
        if (i > 0)
            out += ',';
        out += canonicalString(keys[i]) + ':' + write(value[keys[i]]);
    }
    return out + '}';
}
/**
 * The OLPC canonical JSON that notary signs and hashes for key IDs:
 * sorted keys, no whitespace, integers only, only `\` and `"` escaped
 * (notary-protocol.md §4.1). Returns the UTF-8 bytes.
 */
function canonicalBytes(value) {
    return utf8.encode(canonical_canonicalize(value));
}
/** The canonical form as a string (for tests and for building envelopes). */
function canonical_canonicalize(value) {
    return write(value);
}

;// CONCATENATED MODULE: ./src/tuf/parse-json.ts


/** Deepest nesting parseJSON accepts; notary metadata needs fewer than 10 levels. */
const MAX_JSON_DEPTH = 512;
// fatal: invalid UTF-8 throws instead of becoming U+FFFD. ignoreBOM: keep a
// BOM in the text so the parser rejects it, as Go's decoder does.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw C0 controls in strings
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/**
 * Strict JSON parser for untrusted metadata. Rejects duplicate keys (Go keeps
 * the last one, so a signer and a verifier could disagree: notary-protocol.md
 * §12), invalid UTF-8, lone surrogates, trailing bytes and nesting deeper than
 * {@link MAX_JSON_DEPTH}. Objects have a null prototype, so `__proto__` is a
 * plain key. Errors are MetadataErrors that name `what`.
 */
function parseJSON(input, what) {
    return parser(input, what).document();
}
/**
 * parseJSON for a role file, which also notes whether the text of `signed`
 * is already canonical: no whitespace, keys in strictly increasing UTF-8
 * order, integers in their shortest form, and in strings no escapes but `\"`,
 * `\\` and the five Go HTML escapes. Then CANON(parse(text)) equals the
 * text with those five unescaped, so a caller can skip re-serializing
 * (~20 ms for a 10,000-target role); anything else takes the general path.
 */
function parseEnvelope(input, what, options = {}) {
    const p = parser(input, what);
    p.targetEntry = options.targetEntry;
    const value = p.document();
    return p.signedText === undefined
        ? { value }
        : { value, canonicalSigned: unescapeGoHTML(p.signedText) };
}
/** Undoes Go's HTML-safe escapes in canonical text (the only `\u` escapes it may hold). */
function unescapeGoHTML(text) {
    if (!text.includes('\\u'))
        return text;
    return text.replace(/\\(?:u(003c|003e|0026|2028|2029)|["\\])/g, (m, hex) => hex === undefined ? m : String.fromCharCode(parseInt(hex, 16)));
}
function parser(input, what) {
    let text;
    if (typeof input === 'string') {
        text = input;
    }
    else {
        try {
            text = decoder.decode(input);
        }
        catch (err) {
            throw new MetadataError(`${what}: invalid UTF-8`, { cause: err });
        }
    }
    // Text decoded with `fatal` holds no lone surrogate; a JS string may.
    return new Parser(text, what, typeof input === 'string');
}
/** The escapes Go's encoder writes into canonical text: `<` `>` `&` U+2028 U+2029. */
const GO_HTML_ESCAPES = new Set(['003c', '003e', '0026', '2028', '2029']);
/** Recursive descent over the decoded text; depth is capped, so recursion is bounded. */
class Parser {
    text;
    what;
    mayHoldLoneSurrogates;
    pos = 0;
    /**
     * Cleared by anything CANON would write differently; set again where the
     * top-level `signed` value starts, and read where it ends.
     */
    canonical = true;
    /** The raw text of the top-level `signed` value, when it was canonical. */
    signedText;
    /** See EnvelopeOptions.targetEntry. */
    targetEntry;
    constructor(text, what, mayHoldLoneSurrogates) {
        this.text = text;
        this.what = what;
        this.mayHoldLoneSurrogates = mayHoldLoneSurrogates;
    }
    document() {
        const value = this.value(0);
        this.skipSpace();
        if (this.pos !== this.text.length)
            this.fail('unexpected data after the JSON value');
        return value;
    }
    /** `place`: the value is the top-level `signed`, or its `targets` map. */
    value(depth, place) {
        this.skipSpace();
        const c = this.text[this.pos];
        if (c === '{')
            return this.object(depth + 1, place);
        if (c === '[')
            return this.array(depth + 1);
        if (c === '"')
            return this.string();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
            return this.number();
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, this.pos)) {
                this.pos += word.length;
                return value;
            }
        }
        return this.fail(c === undefined ? 'unexpected end of input' : 'unexpected character');
    }
    object(depth, place) {
        this.checkDepth(depth);
        // Null prototype from the start, so every key, `__proto__` included, is
        // an own property on every path below (a target may be named __proto__:
        // it is a valid docker tag, and losing it would drop it when re-signed).
        const out = Object.create(null);
        this.pos++; // '{'
        if (this.consume('}'))
            return out;
        let previous;
        do {
            this.skipSpace();
            if (this.text[this.pos] !== '"')
                this.fail('expected a string key');
            const key = this.string();
            // Duplicate keys are ambiguous across parsers; refuse them outright.
            if (Object.hasOwn(out, key))
                this.fail(`duplicate key ${JSON.stringify(key)}`);
            if (previous !== undefined && compareUtf8(previous, key) >= 0)
                this.canonical = false;
            previous = key;
            if (!this.consume(':'))
                this.fail("expected ':'");
            if (depth === 1 && key === 'signed') {
                this.skipSpace();
                const start = this.pos;
                this.canonical = true;
                out[key] = this.value(depth, 'signed');
                this.signedText = this.canonical
                    ? this.text.slice(start, this.pos)
                    : undefined;
            }
            else if (place === 'signed' && key === 'targets') {
                out[key] = this.value(depth, 'targets');
            }
            else if (place === 'targets' && this.targetEntry) {
                out[key] = this.targetEntry(key, this.value(depth));
            }
            else {
                out[key] = this.value(depth);
            }
        } while (this.consume(','));
        if (!this.consume('}'))
            this.fail("expected ',' or '}'");
        return out;
    }
    array(depth) {
        this.checkDepth(depth);
        const out = [];
        this.pos++; // '['
        if (this.consume(']'))
            return out;
        do
            out.push(this.value(depth));
        while (this.consume(','));
        if (!this.consume(']'))
            this.fail("expected ',' or ']'");
        return out;
    }
    string() {
        const start = ++this.pos; // after the opening quote
        // Fast path, nearly every string of a role: no escape and no control
        // character before the closing quote, so the text is the value.
        const text = this.text;
        const end = text.indexOf('"', start);
        if (end !== -1) {
            let i = start;
            for (; i < end; i++) {
                const c = text.charCodeAt(i);
                if (c === 0x5c || c < 0x20)
                    break;
            }
            if (i === end) {
                this.pos = end + 1;
                const value = text.slice(start, end);
                if (this.mayHoldLoneSurrogates && LONE_SURROGATE.test(value))
                    this.fail('lone surrogate in string');
                return value;
            }
        }
        let out = '';
        for (;;) {
            PLAIN.lastIndex = this.pos;
            const run = PLAIN.exec(this.text)[0];
            out += run;
            this.pos += run.length;
            const c = this.text[this.pos];
            if (c === '"')
                break;
            if (c === undefined)
                this.fail('unterminated string');
            if (c !== '\\')
                this.fail('control character in string');
            out += this.escape();
        }
        this.pos++; // closing quote
        // A lone surrogate has no UTF-8 form; canonical bytes would be ambiguous.
        if (LONE_SURROGATE.test(out))
            this.fail('lone surrogate in string');
        return out;
    }
    escape() {
        const c = this.text[this.pos + 1];
        if (c === 'u') {
            const hex = this.text.slice(this.pos + 2, this.pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
                this.fail('bad \\u escape');
            if (!GO_HTML_ESCAPES.has(hex))
                this.canonical = false;
            this.pos += 6;
            return String.fromCharCode(parseInt(hex, 16));
        }
        const decoded = c === undefined ? undefined : ESCAPES[c];
        if (decoded === undefined)
            this.fail('bad escape');
        if (c !== '"' && c !== '\\')
            this.canonical = false;
        this.pos += 2;
        return decoded;
    }
    number() {
        // Fast path, every number of a role: an integer of at most 15 digits
        // (exact in a double), read in place without a regex match.
        const text = this.text;
        let p = this.pos;
        const negative = text.charCodeAt(p) === 0x2d;
        if (negative)
            p++;
        const first = p;
        let value = 0;
        for (; p < text.length; p++) {
            const c = text.charCodeAt(p);
            if (c < 0x30 || c > 0x39)
                break;
            value = value * 10 + (c - 0x30);
        }
        const digits = p - first;
        const next = text.charCodeAt(p);
        if (digits > 0 &&
            digits <= 15 &&
            next !== 0x2e && // .
            next !== 0x65 && // e
            next !== 0x45 && // E
            !(digits > 1 && text.charCodeAt(first) === 0x30)) {
            this.pos = p;
            if (negative && value === 0)
                this.canonical = false; // CANON writes 0
            return negative ? -value : value;
        }
        return this.generalNumber();
    }
    generalNumber() {
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (!match)
            this.fail('bad number');
        this.pos += match[0].length;
        const value = Number(match[0]);
        if (!Number.isFinite(value))
            this.fail('number out of range');
        // CANON writes safe integers only, shortest form: not 1.0, 1e2 or -0.
        const t = match[0];
        if (!Number.isSafeInteger(value) ||
            Object.is(value, -0) ||
            t.includes('.') ||
            t.includes('e') ||
            t.includes('E'))
            this.canonical = false;
        return value;
    }
    checkDepth(depth) {
        if (depth > MAX_JSON_DEPTH)
            this.fail(`nesting deeper than ${MAX_JSON_DEPTH}`);
    }
    consume(c) {
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) !== c.charCodeAt(0))
            return false;
        this.pos++;
        return true;
    }
    // JSON whitespace only (RFC 8259 §2); Go accepts exactly these four.
    skipSpace() {
        const text = this.text;
        let pos = this.pos;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                break;
            pos++;
        }
        if (pos !== this.pos)
            this.canonical = false;
        this.pos = pos;
    }
    fail(message) {
        throw new MetadataError(`${this.what}: invalid JSON at offset ${this.pos}: ${message}`);
    }
}
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null],
];

;// CONCATENATED MODULE: ./src/tuf/go-json.ts


const go_json_utf8 = new TextEncoder();
/**
 * Go encoding/json's HTML-safe escaping of JSON text: `<` `>` `&` U+2028 U+2029
 * become `\u003c` `\u003e` `\u0026` `\u2028` `\u2029` (lower-case hex). Go applies
 * it when it copies the canonical `signed` RawMessage into the envelope
 * (notary-protocol.md §4.3); other non-ASCII stays raw UTF-8.
 */
function goEscapeHTML(json) {
    return json.replace(/[<>&\u2028\u2029]/g, unicodeEscape);
}
/**
 * A string as Go 1.19's encoding/json writes it with HTML escaping on (the
 * server's build): `\"` `\\` `\n` `\r` `\t`, other controls as `\u00XX`.
 */
function goQuote(s) {
    // eslint-disable-next-line no-control-regex -- Go escapes every C0 control character
    const body = s.replace(/[\u0000-\u001f"\\<>&\u2028\u2029]/g, (c) => {
        if (c === '"' || c === '\\')
            return '\\' + c;
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return unicodeEscape(c);
    });
    return `"${body}"`;
}
/**
 * The exact file bytes notary's Go code produces for a role ([N] tuf/data
 * `Signed`, marshalled by encoding/json): `{"signed":` + HTML-escaped
 * CANON(signed) + `,"signatures":[…]}`, signature fields in struct order
 * keyid, method, sig; `[]` when there are none. No whitespace, no newline.
 */
function encodeEnvelope(signed, signatures) {
    return encodeCanonicalEnvelope(canonicalize(signed), signatures);
}
/** {@link encodeEnvelope} from CANON(signed) already made (the signer has it). */
function encodeCanonicalEnvelope(canonical, signatures) {
    // Canonical JSON writes control characters raw; Go's envelope step then
    // rejects the RawMessage as invalid JSON, so such metadata cannot exist.
    // eslint-disable-next-line no-control-regex -- raw C0 controls are exactly what Go refuses
    if (/[\u0000-\u001f]/.test(canonical)) {
        throw new MetadataError('metadata contains a control character in a string');
    }
    const sigs = signatures.map((s) => `{"keyid":${goQuote(s.keyID)},"method":${goQuote(s.method)},"sig":${goQuote(s.sigB64)}}`);
    return go_json_utf8.encode(`{"signed":${goEscapeHTML(canonical)},"signatures":[${sigs.join(',')}]}`);
}
function unicodeEscape(c) {
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
}

;// CONCATENATED MODULE: ./src/tuf/go-time.ts

// RFC 3339 as Go's time.Time UnmarshalJSON accepts it: upper-case `T` and `Z`,
// an optional fraction (Go keeps nanoseconds, so at most 9 digits here) and a
// numeric offset. Go also takes a comma or more digits; we refuse those.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
function parseParts(s) {
    const m = RFC3339.exec(s);
    if (!m)
        throw new MetadataError(`invalid RFC 3339 time ${JSON.stringify(s)}`);
    const [, y, mo, d, h, mi, sec, frac = '', off] = m;
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    const offMinutes = off === 'Z' ? 0 : offsetMinutes(off, s);
    const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
    const leapFix = month === 2 && day === 29 && !isLeap(year);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth || leapFix) {
        throw new MetadataError(`time ${JSON.stringify(s)}: day out of range`);
    }
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) {
        throw new MetadataError(`time ${JSON.stringify(s)}: clock out of range`);
    }
    // Date.UTC maps years 0..99 to 19xx, so set the full year explicitly.
    const t = new Date(0);
    t.setUTCFullYear(year, month - 1, day);
    t.setUTCHours(Number(h), Number(mi), Number(sec), Number(frac.padEnd(3, '0').slice(0, 3)));
    return {
        date: `${y}-${mo}-${d}`,
        clock: `${h}:${mi}:${sec}`,
        fraction: frac,
        offset: offMinutes === 0 ? 'Z' : off,
        ms: t.getTime() - offMinutes * 60_000,
    };
}
function offsetMinutes(off, s) {
    const hours = Number(off.slice(1, 3));
    const minutes = Number(off.slice(4, 6));
    if (hours > 23 || minutes > 59) {
        throw new MetadataError(`time ${JSON.stringify(s)}: offset out of range`);
    }
    return (off.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
function isLeap(y) {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
/**
 * What Go prints after parsing `s` into a time.Time and marshalling it
 * (RFC3339Nano): the fraction's trailing zeros trimmed (and the dot when
 * nothing is left), `Z` for a zero offset, other offsets kept as written
 * (notary-protocol.md §4.3). Throws MetadataError for non-RFC 3339 input.
 */
function normalizeGoTime(s) {
    const t = parseParts(s);
    const fraction = t.fraction.replace(/0+$/, '');
    return `${t.date}T${t.clock}${fraction ? '.' + fraction : ''}${t.offset}`;
}
/**
 * Parses an RFC 3339 time. Sub-millisecond digits are truncated, which keeps
 * `expires < now` exact at millisecond resolution (see isExpiredAt).
 */
function parseTime(s) {
    return new Date(parseParts(s).ms);
}
/**
 * True when `expires` lies strictly before `at` ([N] tuf/signed/verify.go
 * IsExpired: `t.Before(now)`). Truncating the nanoseconds is exact here: a
 * time in the same millisecond as `at` is never before it.
 */
function isExpiredAt(expires, at) {
    return parseTime(expires).getTime() < at.getTime();
}
/**
 * `expires` as notary writes it: UTC, whole seconds, `Z`
 * (`2029-01-01T00:00:00Z`); never toISOString's `.000Z` (notary-protocol.md §9.2).
 */
function formatExpires(d) {
    const iso = Number.isNaN(d.getTime()) ? '' : d.toISOString();
    // toISOString switches to ±YYYYYY outside 0000..9999, which Go refuses to marshal.
    if (!/^\d{4}-/.test(iso))
        throw new MetadataError('expires must be a date in years 0000..9999');
    return iso.slice(0, 19) + 'Z';
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/tuf/digest.ts

/** The digest of `bytes` with a SHA-2 function notary uses. */
function digest(algorithm, bytes) {
    return new Uint8Array((0,external_node_crypto_namespaceObject.createHash)(algorithm).update(bytes).digest());
}
/** Lower-case hex sha256 (key IDs, manifest digests, role file names). */
function sha256Hex(bytes) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
}
/** Lower-case hex of any bytes. */
function bytesToHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
}

;// CONCATENATED MODULE: ./src/tuf/encoding.ts

const encoding_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * True for standard, padded base64 in the one spelling Go's encoder writes for
 * its bytes. Go decodes `[]byte` fields and re-encodes them, so any other
 * spelling (non-zero padding bits) would not survive the server's round trip.
 */
function isCanonicalBase64(s) {
    if (!encoding_BASE64.test(s))
        return false;
    // The unused low bits of the last character before the padding must be
    // zero: 4 bits before `==`, 2 before `=` (RFC 4648 §3.5). Checked in place:
    // decoding and re-encoding every digest of a 10,000-target role was slow.
    const n = s.length;
    if (s.endsWith('=='))
        return (ALPHABET.indexOf(s[n - 3]) & 0x0f) === 0;
    if (s.endsWith('='))
        return (ALPHABET.indexOf(s[n - 2]) & 0x03) === 0;
    return true;
}
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes standard base64; returns undefined unless it is canonical. */
function base64ToBytes(s) {
    return isCanonicalBase64(s) ? base64Bytes(s) : undefined;
}
/** Standard base64 with padding, as Go's encoding/json writes `[]byte`. */
function bytesToBase64(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64');
}
/** Lower-case hex of a base64 value (hash display); undefined when not base64. */
function base64ToHex(s) {
    const bytes = base64ToBytes(s);
    return bytes && bytesToHex(bytes);
}
function base64Bytes(s) {
    return new Uint8Array(Buffer.from(s, 'base64'));
}

;// CONCATENATED MODULE: ./src/tuf/role-names.ts
/** Top-level role names ([N] tuf/data/roles.go BaseRoles). */
const ROOT_ROLE = 'root';
/** The top-level targets role; every delegation name starts with `targets/`. */
const TARGETS_ROLE = 'targets';
/** The snapshot role (server-managed on docker repositories). */
const SNAPSHOT_ROLE = 'snapshot';
/** The timestamp role (always server-managed). */
const TIMESTAMP_ROLE = 'timestamp';
/** The four roles every root must define, in notary's order. */
const BASE_ROLES = [
    ROOT_ROLE,
    TARGETS_ROLE,
    SNAPSHOT_ROLE,
    TIMESTAMP_ROLE,
];
// [N] tuf/data/roles.go delegationRegexp.
const DELEGATION_CHARS = /^[-a-z0-9_/]+$/;
/** True for `root`, `targets`, `snapshot` or `timestamp`. */
function isBaseRole(name) {
    return BASE_ROLES.includes(name);
}
/**
 * notary's IsDelegation ([N] tuf/data/roles.go): `targets/` + `[-a-z0-9_/]`,
 * shorter than 256 bytes (a DB column limit), and unchanged by path.Clean (no
 * `//`, no trailing `/`; `.` cannot occur given the character set).
 */
function isDelegationName(name) {
    return (name.startsWith(TARGETS_ROLE + '/') &&
        DELEGATION_CHARS.test(name) &&
        name.length < 256 &&
        !name.endsWith('/') &&
        !name.includes('//'));
}
/** notary's ValidRole: a base role or a valid delegation name. */
function isValidRoleName(name) {
    return isBaseRole(name) || isDelegationName(name);
}
/**
 * The parent of a delegation (`path.Dir`: `targets/a/b` → `targets/a`,
 * `targets/a` → `targets`); undefined for a base role or an invalid name.
 */
function parentRole(name) {
    if (!isDelegationName(name))
        return undefined;
    return name.slice(0, name.lastIndexOf('/'));
}
/** True when `child` is a valid delegation directly under `parent` ([N] DelegationRole.IsParentOf). */
function isDirectChild(parent, child) {
    return parentRole(child) === parent;
}

;// CONCATENATED MODULE: ./src/tuf/model/key.ts




/** Key types notary knows ([N] tuf/data/keys.go); others are kept but never verify. */
const KEY_TYPES = (/* unused pure expression or super */ null && ([
    'ecdsa',
    'ecdsa-x509',
    'rsa',
    'rsa-x509',
    'ed25519',
]));
/**
 * A public key as notary writes it: `{"keytype":t,"keyval":{"private":null,"public":b64}}`.
 * Its TUF key ID is computed, never trusted from the wire (notary-protocol.md §5.2).
 */
class Key {
    keyType;
    publicB64;
    cachedID;
    cachedIdentity;
    constructor(options) {
        this.keyType = options.keyType;
        this.publicB64 = options.publicB64;
    }
    /** TUF key ID: hex sha256 of the canonical public key JSON. */
    get keyID() {
        this.cachedID ??= sha256Hex(canonicalBytes(this.toJSON()));
        return this.cachedID;
    }
    /**
     * What makes two entries the same key for a threshold, whatever their
     * spelling: the key family and the sha256 of the decoded key bytes, where a
     * certificate counts by its DER, not its PEM text (line breaks, headers and
     * trailing text differ between writers; [N] tuf/utils/x509.go parses the
     * PEM before it hashes). One signature thus never counts twice.
     */
    get identity() {
        this.cachedIdentity ??= `${this.keyType.replace(/-x509$/, '')}:${sha256Hex(this.keyType.endsWith('-x509')
            ? firstPemBlock(this.publicBytes())
            : this.publicBytes())}`;
        return this.cachedIdentity;
    }
    /** The decoded `keyval.public` bytes (DER SPKI, PEM certificate text, or raw ed25519). */
    publicBytes() {
        return new Uint8Array(Buffer.from(this.publicB64, 'base64'));
    }
    /** Wire form; `private` is always written as null, as Go does. */
    toJSON() {
        return {
            keytype: this.keyType,
            keyval: { private: null, public: this.publicB64 },
        };
    }
    equals(other) {
        return this.keyType === other.keyType && this.publicB64 === other.publicB64;
    }
    /** Parses an untrusted key object; `keyval.private` must be absent or null. */
    static fromJSON(data, where = 'key') {
        if (!isObject(data))
            throw new MetadataError(`${where}: expected an object`);
        const { keytype, keyval } = data;
        if (typeof keytype !== 'string' || keytype === '') {
            throw new MetadataError(`${where}: keytype must be a non-empty string`);
        }
        if (!isObject(keyval))
            throw new MetadataError(`${where}: keyval must be an object`);
        // Only the one spelling Go writes: Go decodes and re-encodes the bytes
        // before hashing the key ID ([N] tuf/data/keys.go), so another spelling
        // of the same key would get a second ID here and count twice.
        if (typeof keyval.public !== 'string' ||
            !isCanonicalBase64(keyval.public)) {
            throw new MetadataError(`${where}: keyval.public must be base64 as Go writes it (padded, zero padding bits)`);
        }
        if (keyval.private !== undefined && keyval.private !== null) {
            throw new MetadataError(`${where}: refusing a key that carries private material`);
        }
        return new Key({ keyType: keytype, publicB64: keyval.public });
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The DER of the first PEM block of `bytes`, or `bytes` when it holds none. */
function firstPemBlock(bytes) {
    const text = Buffer.from(bytes).toString('latin1');
    const m = /-----BEGIN [A-Z ]+-----([A-Za-z0-9+/=\s]*?)-----END [A-Z ]+-----/.exec(text);
    if (!m)
        return bytes;
    return new Uint8Array(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}

;// CONCATENATED MODULE: ./src/tuf/model/signature.ts


/**
 * A notary signature `{keyid, method, sig}`: `sig` is standard base64; for
 * ECDSA it holds raw r‖s, not DER (notary-protocol.md §5.3).
 */
class Signature {
    keyID;
    method;
    sigB64;
    constructor(keyID, method, sigB64) {
        this.keyID = keyID;
        this.method = method;
        this.sigB64 = sigB64;
    }
    /** Field order keyid, method, sig: the Go struct order used on the wire. */
    toJSON() {
        return { keyid: this.keyID, method: this.method, sig: this.sigB64 };
    }
    /** Parses an untrusted signature object; `method` is lower-cased as notary does. */
    static fromJSON(data, where = 'signature') {
        if (typeof data !== 'object' || data === null || Array.isArray(data)) {
            throw new MetadataError(`${where}: expected an object`);
        }
        const { keyid, method, sig } = data;
        if (typeof keyid !== 'string' || !/^[0-9a-f]{64}$/.test(keyid)) {
            throw new MetadataError(`${where}: keyid must be 64 lower-case hex digits`);
        }
        if (typeof method !== 'string')
            throw new MetadataError(`${where}: method must be a string`);
        // Go holds `sig` as []byte, so it must be base64 that re-encodes unchanged.
        if (typeof sig !== 'string' || !isCanonicalBase64(sig)) {
            throw new MetadataError(`${where}: sig must be base64`);
        }
        return new Signature(keyid, method.toLowerCase(), sig);
    }
}

;// CONCATENATED MODULE: ./src/tuf/guard.ts


// Guards for untrusted JSON (STYLE §4, after tuf-js utils/guard.ts): each
// checks one field and throws a MetadataError that names where it is, so a
// model is never built from a value of the wrong shape.
/** True for a JSON object (not null, not an array). */
function guard_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The value as an object, or a MetadataError naming `where`. */
function expectObject(v, where) {
    if (!guard_isObject(v))
        throw new MetadataError(`${where}: expected an object`);
    return v;
}
/** The value as an array, or a MetadataError naming `where`. */
function expectArray(v, where) {
    if (!Array.isArray(v))
        throw new MetadataError(`${where}: expected an array`);
    return v;
}
/** The value as a string, or a MetadataError naming `where`. */
function expectString(v, where) {
    if (typeof v !== 'string')
        throw new MetadataError(`${where}: expected a string`);
    return v;
}
/** The value as a boolean, or a MetadataError naming `where`. */
function expectBoolean(v, where) {
    if (typeof v !== 'boolean')
        throw new MetadataError(`${where}: expected a boolean`);
    return v;
}
/** A safe integer ≥ `min` (versions ≥ 1, thresholds ≥ 1, lengths ≥ 0). */
function expectInteger(v, where, min) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new MetadataError(`${where}: expected an integer`);
    }
    if (v < min)
        throw new MetadataError(`${where}: expected ≥ ${min}, got ${v}`);
    return v;
}
/** An array of strings. */
function expectStringArray(v, where) {
    return expectArray(v, where).map((item, i) => expectString(item, `${where}[${i}]`));
}
/** Standard padded base64, in the spelling Go would re-encode unchanged. */
function expectBase64(v, where) {
    const s = expectString(v, where);
    if (!isCanonicalBase64(s))
        throw new MetadataError(`${where}: expected base64`);
    return s;
}
/** An object with a null prototype built from entries, safe for any key. */
function toJSONObject(entries) {
    const out = Object.create(null);
    for (const [k, v] of entries)
        out[k] = v;
    return out;
}
/**
 * A map key appended to a field path for error messages. Keys come from
 * untrusted JSON: anything beyond plain name characters is JSON-quoted, so a
 * server cannot put a newline (a forged extra line) into our messages.
 */
function keyPath(base, key) {
    return guard_PLAIN.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}
/** An untrusted value for a message: as is when plain, else JSON-quoted (see keyPath). */
function shown(value) {
    return guard_PLAIN.test(value) ? value : JSON.stringify(value);
}
const guard_PLAIN = /^[\w.\-/:@+]+$/;

;// CONCATENATED MODULE: ./src/tuf/model/common.ts



/** The `_type` each kind carries on the wire ([N] tuf/data/types.go TUFTypes). */
const TUF_TYPES = {
    root: 'Root',
    targets: 'Targets',
    snapshot: 'Snapshot',
    timestamp: 'Timestamp',
};
/** Parses `_type`, `version` and `expires`; `where` names the role. */
function parseSignedCommon(data, kind, where) {
    const type = expectString(data._type, `${where}._type`);
    if (type !== TUF_TYPES[kind]) {
        throw new MetadataError(`${where}: expected _type ${TUF_TYPES[kind]}, got ${JSON.stringify(type)}`);
    }
    const version = expectInteger(data.version, `${where}.version`, 1);
    const expires = expectString(data.expires, `${where}.expires`);
    return checkSignedCommon({ version, expires }, where);
}
/** Validates constructor input the same way fromJSON does. */
function checkSignedCommon(options, where) {
    if (!Number.isSafeInteger(options.version) || options.version < 1) {
        throw new MetadataError(`${where}.version: expected an integer ≥ 1`);
    }
    try {
        normalizeGoTime(options.expires);
    }
    catch (err) {
        throw new MetadataError(`${where}.expires: invalid time`, { cause: err });
    }
    return { version: options.version, expires: options.expires };
}

;// CONCATENATED MODULE: ./src/tuf/model/file-meta.ts





/** Hash algorithms notary understands; other names are kept but never checked. */
const HASH_ALGORITHMS = { sha256: 32, sha512: 64 };
/**
 * notary's FileMeta ([N] tuf/data/types.go): `{custom?, hashes, length}`. Used
 * for target entries (image tags) and for snapshot/timestamp `meta`. Digests
 * stay base64 strings, as received. Immutable.
 */
class FileMeta {
    length;
    hashes;
    custom;
    constructor(options) {
        this.length = options.length;
        this.hashes = inCanonicalOrder(options.hashes);
        this.custom = options.custom ?? undefined;
    }
    /** Length and sha256 + sha512 of exact bytes (what notary records for role files). */
    static fromBytes(bytes) {
        return new FileMeta({
            length: bytes.length,
            hashes: new Map([
                ['sha256', bytesToBase64(digest('sha256', bytes))],
                ['sha512', bytesToBase64(digest('sha512', bytes))],
            ]),
        });
    }
    /**
     * A docker image-tag entry: only `sha256`, the manifest digest's 32 bytes
     * ([C] cli/trust/trust_push.go; notary-protocol.md §3.4).
     */
    static fromSha256Hex(hex, length) {
        if (!/^[0-9a-f]{64}$/.test(hex)) {
            throw new MetadataError('sha256 digest must be 64 lower-case hex digits');
        }
        return new FileMeta({
            length,
            hashes: new Map([['sha256', Buffer.from(hex, 'hex').toString('base64')]]),
        });
    }
    /**
     * Parses `{custom?, hashes, length}`. With `requireSupportedHash`, applies
     * notary's CheckValidHashStructures (snapshot/timestamp meta): at least one
     * of sha256/sha512, each of the right size.
     */
    static fromJSON(data, where, requireSupportedHash = false) {
        const obj = expectObject(data, where);
        const length = expectInteger(obj.length, `${where}.length`, 0);
        const hashObj = expectObject(obj.hashes, `${where}.hashes`);
        const hashes = new Map();
        for (const [alg, value] of Object.entries(hashObj)) {
            hashes.set(alg, expectBase64(value, keyPath(`${where}.hashes`, alg)));
        }
        if (requireSupportedHash)
            checkHashSizes(hashes, where);
        // Go's `custom` is a *json.RawMessage: `null` leaves it nil, i.e. omitted.
        return new FileMeta({ length, hashes, custom: obj.custom ?? undefined });
    }
    /** The digest for `algorithm` as bytes, if present. */
    hash(algorithm) {
        const b64 = this.hashes.get(algorithm);
        return b64 === undefined ? undefined : base64ToBytes(b64);
    }
    /** The sha256 digest in hex (what `docker pull repo@sha256:<hex>` uses). */
    get sha256Hex() {
        const b64 = this.hashes.get('sha256');
        return b64 === undefined ? undefined : base64ToHex(b64);
    }
    /**
     * Go struct fields: `custom` (omitted when nil), `hashes`, `length`. Note that
     * Go copies `custom` as raw JSON while we re-canonicalize it; the two agree
     * only for canonical `custom`, which is also what verifies (§3.6).
     */
    toJSON() {
        const out = {
            hashes: toJSONObject(this.hashes),
            length: this.length,
        };
        if (this.custom !== undefined)
            out.custom = this.custom;
        return out;
    }
    /**
     * CANON of {@link toJSON}, written directly: a role signs thousands of
     * entries, and building their JSON objects first cost more than writing
     * them (keys custom < hashes < length; hashes are kept in canonical order).
     */
    canonical() {
        let out = '{';
        if (this.custom !== undefined)
            out += '"custom":' + canonical_canonicalize(this.custom) + ',';
        out += '"hashes":{';
        let first = true;
        for (const [alg, b64] of this.hashes) {
            if (!first)
                out += ',';
            first = false;
            out += canonicalString(alg) + ':' + canonicalString(b64);
        }
        return out + '},"length":' + canonicalNumber(this.length) + '}';
    }
    /** Same length, the same hashes and the same (canonical) custom data. */
    equals(other) {
        if (this.length !== other.length ||
            this.hashes.size !== other.hashes.size) {
            return false;
        }
        for (const [alg, v] of this.hashes)
            if (other.hashes.get(alg) !== v)
                return false;
        if (this.custom === undefined || other.custom === undefined) {
            return this.custom === other.custom;
        }
        return canonical_canonicalize(this.custom) === canonical_canonicalize(other.custom);
    }
}
function checkHashSizes(hashes, where) {
    let supported = 0;
    for (const [alg, size] of Object.entries(HASH_ALGORITHMS)) {
        const b64 = hashes.get(alg);
        if (b64 === undefined)
            continue;
        if (base64ToBytes(b64)?.length !== size) {
            throw new MetadataError(`${where}.hashes.${alg}: expected ${size} bytes`);
        }
        supported++;
    }
    if (supported === 0) {
        throw new MetadataError(`${where}.hashes: needs a sha256 or sha512 hash`);
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/root-role.ts


/** A role entry in root.json: `{"keyids":[…],"threshold":N}` ([N] tuf/data/roles.go RootRole). */
class RootRole {
    keyIDs;
    threshold;
    constructor(options) {
        if (!Number.isSafeInteger(options.threshold) || options.threshold < 1) {
            throw new MetadataError(`threshold must be an integer ≥ 1, got ${options.threshold}`);
        }
        this.keyIDs = [...options.keyIDs];
        this.threshold = options.threshold;
    }
    /** Parses an untrusted role entry; threshold ≥ 1 ([N] isValidRootRoleStructure). */
    static fromJSON(data, where) {
        const obj = expectObject(data, where);
        return new RootRole({
            keyIDs: expectStringArray(obj.keyids, `${where}.keyids`),
            threshold: expectInteger(obj.threshold, `${where}.threshold`, 1),
        });
    }
    /** Go struct fields: keyids, threshold. */
    toJSON() {
        return { keyids: [...this.keyIDs], threshold: this.threshold };
    }
    equals(other) {
        return (this.threshold === other.threshold &&
            this.keyIDs.length === other.keyIDs.length &&
            this.keyIDs.every((id, i) => other.keyIDs[i] === id));
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/root.ts








/**
 * root.json's signed part ([N] tuf/data/root.go Root). Immutable. Unknown
 * fields are dropped on parse, so a re-signed root holds exactly the fields
 * notary's Go struct emits (notary-protocol.md §4.3).
 */
class Root {
    /** Always `root`. */
    role = ROOT_ROLE;
    version;
    expires;
    keys;
    roles;
    consistentSnapshot;
    constructor(options) {
        ({ version: this.version, expires: this.expires } = checkSignedCommon(options, ROOT_ROLE));
        this.keys = inCanonicalOrder(options.keys);
        this.roles = inCanonicalOrder(options.roles);
        this.consistentSnapshot = options.consistentSnapshot ?? false;
        // [N] tuf/data/root.go isValidRootStructure: every base role present, and
        // isValidRootRoleStructure: each key ID it lists is in `keys`.
        for (const name of BASE_ROLES) {
            const role = this.roles.get(name);
            if (!role)
                throw new MetadataError(`root: missing ${name} role specification`);
        }
        for (const [name, role] of this.roles) {
            for (const id of role.keyIDs) {
                if (!this.keys.has(id)) {
                    throw new MetadataError(`root: key ID ${shown(id)} specified in ${name} without corresponding key`);
                }
            }
        }
    }
    /** Parses root.json's untrusted `signed` object. */
    static fromJSON(data) {
        const obj = expectObject(data, ROOT_ROLE);
        const common = parseSignedCommon(obj, 'root', ROOT_ROLE);
        const keys = new Map();
        for (const [id, key] of Object.entries(expectObject(obj.keys, 'root.keys'))) {
            keys.set(id, Key.fromJSON(key, keyPath('root.keys', id)));
        }
        const roles = new Map();
        for (const [name, role] of Object.entries(expectObject(obj.roles, 'root.roles'))) {
            roles.set(name, RootRole.fromJSON(role, keyPath('root.roles', name)));
        }
        const consistent = obj.consistent_snapshot === undefined
            ? false
            : expectBoolean(obj.consistent_snapshot, 'root.consistent_snapshot');
        return new Root({ ...common, keys, roles, consistentSnapshot: consistent });
    }
    /** Exactly the Go struct's fields; `expires` in Go's form. */
    toJSON() {
        return {
            _type: TUF_TYPES.root,
            consistent_snapshot: this.consistentSnapshot,
            expires: normalizeGoTime(this.expires),
            keys: toJSONObject([...this.keys].map(([id, k]) => [id, k.toJSON()])),
            roles: toJSONObject([...this.roles].map(([n, r]) => [n, r.toJSON()])),
            version: this.version,
        };
    }
    equals(other) {
        return canonical_canonicalize(this.toJSON()) === canonical_canonicalize(other.toJSON());
    }
    /** Keys and threshold of a role listed in root ([N] SignedRoot.BuildBaseRole). */
    roleKeys(name) {
        const role = this.roles.get(name);
        if (!role)
            throw new MetadataError(`root: role ${name} not found`);
        const keys = new Map(role.keyIDs.map((id) => [id, this.keys.get(id)]));
        return { role: name, keys, threshold: role.threshold };
    }
    /** A copy with other fields replaced (for the admin CLI's root edits). */
    with(changes) {
        return new Root({
            version: this.version,
            expires: this.expires,
            keys: this.keys,
            roles: this.roles,
            consistentSnapshot: this.consistentSnapshot,
            ...changes,
        });
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/delegated-role.ts



/**
 * A delegation entry `{keyids, name, paths?, threshold}` ([N] tuf/data/roles.go
 * Role). notary has no `path_hash_prefixes`: it is parsed away and dropped.
 * Immutable.
 */
class DelegatedRole {
    name;
    keyIDs;
    threshold;
    paths;
    constructor(options) {
        if (!Number.isSafeInteger(options.threshold) || options.threshold < 1) {
            throw new MetadataError(`${options.name}: threshold must be an integer ≥ 1, got ${options.threshold}`);
        }
        this.name = options.name;
        this.keyIDs = [...options.keyIDs];
        this.threshold = options.threshold;
        this.paths = [...options.paths];
    }
    /**
     * Parses an untrusted entry of `parent`'s `delegations.roles`; the name must
     * be a valid delegation directly under `parent` ([N] isValidTargetsStructure).
     */
    static fromJSON(data, parent, where) {
        const obj = expectObject(data, where);
        const name = expectString(obj.name, `${where}.name`);
        if (!isDirectChild(parent, name)) {
            throw new MetadataError(`${where}: delegation role ${JSON.stringify(name)} invalid: not a direct child of ${parent}`);
        }
        return new DelegatedRole({
            name,
            keyIDs: expectStringArray(obj.keyids, `${where}.keyids`),
            threshold: expectInteger(obj.threshold, `${where}.threshold`, 1),
            // Go's []string: absent or null both mean none.
            paths: obj.paths === undefined || obj.paths === null
                ? []
                : expectStringArray(obj.paths, `${where}.paths`),
        });
    }
    /** Go struct fields; `paths` is `omitempty`, so an empty list is left out. */
    toJSON() {
        const out = {
            keyids: [...this.keyIDs],
            name: this.name,
            threshold: this.threshold,
        };
        if (this.paths.length > 0)
            out.paths = [...this.paths];
        return out;
    }
    /** A copy with some fields replaced. */
    with(changes) {
        return new DelegatedRole({ ...this, ...changes });
    }
    equals(other) {
        const same = (a, b) => a.length === b.length && a.every((x, i) => b[i] === x);
        return (this.name === other.name &&
            this.threshold === other.threshold &&
            same(this.keyIDs, other.keyIDs) &&
            same(this.paths, other.paths));
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/targets.ts









/**
 * The signed part of targets.json and of every delegation `targets/x`
 * ([N] tuf/data/targets.go Targets). Immutable: the `with…` editors return
 * new instances. Unknown fields are dropped on parse, on purpose: what we
 * re-sign and upload must be exactly what notary's Go structs emit (§4.3).
 */
class Targets {
    role;
    version;
    expires;
    targets;
    delegationKeys;
    delegationRoles;
    constructor(options) {
        this.role = options.role ?? TARGETS_ROLE;
        if (this.role !== TARGETS_ROLE && !isDelegationName(this.role)) {
            throw new MetadataError(`invalid targets role name ${JSON.stringify(this.role)}`);
        }
        ({ version: this.version, expires: this.expires } = checkSignedCommon(options, this.role));
        this.targets = inCanonicalOrder(options.targets);
        this.delegationKeys = inCanonicalOrder(options.delegationKeys);
        this.delegationRoles = [...(options.delegationRoles ?? [])];
        this.checkDelegations();
    }
    // [N] tuf/data/targets.go isValidTargetsStructure + isValidRootRoleStructure.
    checkDelegations() {
        const seen = new Set();
        for (const d of this.delegationRoles) {
            if (!isDirectChild(this.role, d.name)) {
                throw new MetadataError(`${this.role}: delegation role ${shown(d.name)} invalid`);
            }
            // Go would keep both; two entries for one role make lookups ambiguous.
            if (seen.has(d.name))
                throw new MetadataError(`${this.role}: delegation ${shown(d.name)} listed twice`);
            seen.add(d.name);
            for (const id of d.keyIDs) {
                if (!this.delegationKeys.has(id)) {
                    throw new MetadataError(`${this.role}: key ID ${shown(id)} specified in ${shown(d.name)} without corresponding key`);
                }
            }
        }
    }
    /** Parses the untrusted `signed` object of `role` (`targets` or `targets/…`). */
    static fromJSON(data, role = TARGETS_ROLE) {
        const obj = expectObject(data, role);
        const common = parseSignedCommon(obj, 'targets', role);
        const targets = new Map();
        // Go maps: `null` or absent decode to empty; we always write `{}`.
        const rawTargets = obj.targets ?? {};
        for (const [name, meta] of Object.entries(expectObject(rawTargets, `${role}.targets`))) {
            // SignedMetadata.parse has made the models already (parseEnvelope).
            const entry = meta;
            targets.set(name, entry instanceof FileMeta
                ? entry
                : FileMeta.fromJSON(entry, keyPath(`${role}.targets`, name)));
        }
        const deleg = expectObject(obj.delegations ?? {}, `${role}.delegations`);
        const delegationKeys = new Map();
        for (const [id, key] of Object.entries(expectObject(deleg.keys ?? {}, `${role}.delegations.keys`))) {
            delegationKeys.set(id, Key.fromJSON(key, keyPath(`${role}.delegations.keys`, id)));
        }
        const delegationRoles = expectArray(deleg.roles ?? [], `${role}.delegations.roles`).map((r, i) => DelegatedRole.fromJSON(r, role, `${role}.delegations.roles[${i}]`));
        return new Targets({
            ...common,
            role,
            targets,
            delegationKeys,
            delegationRoles,
        });
    }
    /** Go struct fields; `delegations` {keys:{}, roles:[]} and `targets` {} always present. */
    toJSON() {
        return {
            ...this.toJSONWithoutTargets(),
            targets: toJSONObject([...this.targets].map(([n, m]) => [n, m.toJSON()])),
        };
    }
    toJSONWithoutTargets() {
        return {
            _type: TUF_TYPES.targets,
            delegations: {
                keys: toJSONObject([...this.delegationKeys].map(([id, k]) => [id, k.toJSON()])),
                roles: this.delegationRoles.map((r) => r.toJSON()),
            },
            expires: normalizeGoTime(this.expires),
            version: this.version,
        };
    }
    /**
     * CANON of {@link toJSON}, with the targets written straight from the
     * models (the map is kept in canonical order), not through a JSON tree of
     * 10,000 entries. Keys: _type < delegations < expires < targets < version.
     */
    canonical() {
        const { delegations } = this.toJSONWithoutTargets();
        let out = '{"_type":' +
            canonicalString(TUF_TYPES.targets) +
            ',"delegations":' +
            canonical_canonicalize(delegations) +
            ',"expires":' +
            canonicalString(normalizeGoTime(this.expires)) +
            ',"targets":{';
        let first = true;
        for (const [name, meta] of this.targets) {
            if (!first)
                out += ',';
            first = false;
            out += canonicalString(name) + ':' + meta.canonical();
        }
        return out + '},"version":' + canonicalNumber(this.version) + '}';
    }
    equals(other) {
        return this.role === other.role && this.canonical() === other.canonical();
    }
    /** The delegation entry for a direct child, if listed. */
    delegation(name) {
        return this.delegationRoles.find((r) => r.name === name);
    }
    /** Keys and threshold a direct child must be signed with ([N] BuildDelegationRole). */
    roleKeys(name) {
        const d = this.delegation(name);
        if (!d)
            throw new MetadataError(`${this.role}: no delegation ${name}`);
        const keys = new Map(d.keyIDs.map((id) => [id, this.delegationKeys.get(id)]));
        return { role: name, keys, threshold: d.threshold };
    }
    /** Adds or replaces the entry for a target name (image tag). */
    withTarget(name, meta) {
        return this.withTargets([[name, meta]]);
    }
    /**
     * Adds or replaces many entries with one pass over the map (withTarget in a
     * loop copies it once per tag: quadratic for big roles). The new names are
     * merged in at their canonical places, so the result needs no sorting.
     */
    withTargets(entries) {
        const updates = inCanonicalOrder(entries);
        const names = [...updates.keys()];
        const merged = new Map();
        let next = 0;
        for (const [name, meta] of this.targets) {
            while (next < names.length && compareUtf8(names[next], name) < 0) {
                merged.set(names[next], updates.get(names[next]));
                next++;
            }
            if (names[next] === name) {
                merged.set(name, updates.get(name));
                next++;
            }
            else {
                merged.set(name, meta);
            }
        }
        for (; next < names.length; next++)
            merged.set(names[next], updates.get(names[next]));
        return this.copy({ targets: merged });
    }
    /** Removes a target name; unchanged copy when absent. */
    withoutTarget(name) {
        const targets = new Map(this.targets);
        targets.delete(name);
        return this.copy({ targets });
    }
    /**
     * Adds or replaces a direct child delegation, adding `keys` to
     * `delegations.keys` (the role's key IDs must all be covered).
     */
    withDelegation(role, keys = []) {
        const delegationKeys = new Map(this.delegationKeys);
        for (const k of keys)
            delegationKeys.set(k.keyID, k);
        const i = this.delegationRoles.findIndex((r) => r.name === role.name);
        const roles = [...this.delegationRoles];
        if (i >= 0)
            roles[i] = role;
        else
            roles.push(role);
        return this.copy({ delegationKeys, delegationRoles: roles });
    }
    /** Removes a delegation; keys no remaining role uses are pruned. */
    withoutDelegation(name) {
        return this.copy({
            delegationRoles: this.delegationRoles.filter((r) => r.name !== name),
        });
    }
    /** Adds keys to an existing delegation (no duplicates). */
    withDelegationKeys(name, keys) {
        const role = this.requireDelegation(name);
        const ids = [...role.keyIDs];
        for (const k of keys)
            if (!ids.includes(k.keyID))
                ids.push(k.keyID);
        return this.withDelegation(role.with({ keyIDs: ids }), keys);
    }
    /** Removes key IDs from a delegation; keys no remaining role uses are pruned. */
    withoutDelegationKeys(name, keyIDs) {
        const role = this.requireDelegation(name);
        const ids = role.keyIDs.filter((id) => !keyIDs.includes(id));
        return this.withDelegation(role.with({ keyIDs: ids }));
    }
    /** A copy with this version. */
    withVersion(version) {
        return this.copy({ version });
    }
    /** A copy at version + 1 (notary-protocol.md §3.5). */
    bumpVersion() {
        return this.withVersion(this.version + 1);
    }
    /** A copy expiring at `expires`, written as Go writes it (whole seconds, UTC). */
    withExpires(expires) {
        return this.copy({ expires: formatExpires(expires) });
    }
    requireDelegation(name) {
        const role = this.delegation(name);
        if (!role)
            throw new MetadataError(`${this.role}: no delegation ${name}`);
        return role;
    }
    // Every edit goes through here. Delegation edits prune `delegations.keys` of
    // keys no role lists; target edits leave the delegations exactly as read.
    copy(changes) {
        const delegationRoles = changes.delegationRoles ?? this.delegationRoles;
        let delegationKeys = changes.delegationKeys ?? this.delegationKeys;
        if (changes.delegationRoles) {
            const used = new Set(delegationRoles.flatMap((r) => r.keyIDs));
            delegationKeys = new Map([...delegationKeys].filter(([id]) => used.has(id)));
        }
        return new Targets({
            role: this.role,
            version: this.version,
            expires: this.expires,
            targets: this.targets,
            ...changes,
            delegationRoles,
            delegationKeys,
        });
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/snapshot.ts







/**
 * snapshot.json's signed part ([N] tuf/data/snapshot.go Snapshot). Immutable;
 * unknown fields are dropped on parse (we write only what Go emits).
 */
class Snapshot {
    /** Always `snapshot`. */
    role = SNAPSHOT_ROLE;
    version;
    expires;
    meta;
    constructor(options) {
        ({ version: this.version, expires: this.expires } = checkSignedCommon(options, SNAPSHOT_ROLE));
        this.meta = inCanonicalOrder(options.meta);
        // [N] IsValidSnapshotStructure: root and targets each need a sha256.
        for (const name of [ROOT_ROLE, TARGETS_ROLE]) {
            if (this.meta.get(name)?.hashes.get('sha256') === undefined) {
                throw new MetadataError(`snapshot: missing ${name} sha256 checksum information`);
            }
        }
    }
    /** Parses snapshot.json's untrusted `signed` object. */
    static fromJSON(data) {
        const obj = expectObject(data, SNAPSHOT_ROLE);
        const common = parseSignedCommon(obj, 'snapshot', SNAPSHOT_ROLE);
        const meta = new Map();
        for (const [name, m] of Object.entries(expectObject(obj.meta, 'snapshot.meta'))) {
            const strict = name === ROOT_ROLE || name === TARGETS_ROLE;
            meta.set(name, FileMeta.fromJSON(m, keyPath('snapshot.meta', name), strict));
        }
        return new Snapshot({ ...common, meta });
    }
    /** Go struct fields: _type, expires, meta, version. */
    toJSON() {
        return {
            _type: TUF_TYPES.snapshot,
            expires: normalizeGoTime(this.expires),
            meta: toJSONObject([...this.meta].map(([n, m]) => [n, m.toJSON()])),
            version: this.version,
        };
    }
    equals(other) {
        return canonical_canonicalize(this.toJSON()) === canonical_canonicalize(other.toJSON());
    }
    /** A copy recording `meta` for a role (after uploading new bytes for it). */
    withMeta(role, meta) {
        return this.copy({ meta: new Map(this.meta).set(role, meta) });
    }
    /** A copy without a role's entry (after deleting a delegation). */
    withoutMeta(role) {
        const meta = new Map(this.meta);
        meta.delete(role);
        return this.copy({ meta });
    }
    /** A copy at version + 1. */
    bumpVersion() {
        return this.copy({ version: this.version + 1 });
    }
    /** A copy expiring at `expires` (whole seconds, UTC). */
    withExpires(expires) {
        return this.copy({ expires: formatExpires(expires) });
    }
    copy(changes) {
        return new Snapshot({
            version: this.version,
            expires: this.expires,
            meta: this.meta,
            ...changes,
        });
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/timestamp.ts







/**
 * timestamp.json's signed part ([N] tuf/data/timestamp.go Timestamp). The
 * server always signs it; we only read it. Unknown fields are dropped.
 */
class Timestamp {
    /** Always `timestamp`. */
    role = TIMESTAMP_ROLE;
    version;
    expires;
    meta;
    constructor(options) {
        ({ version: this.version, expires: this.expires } = checkSignedCommon(options, TIMESTAMP_ROLE));
        this.meta = inCanonicalOrder(options.meta);
        if (!this.meta.has(SNAPSHOT_ROLE)) {
            throw new MetadataError('timestamp: missing snapshot checksum information');
        }
    }
    /** Parses timestamp.json's untrusted `signed` object. */
    static fromJSON(data) {
        const obj = expectObject(data, TIMESTAMP_ROLE);
        const common = parseSignedCommon(obj, 'timestamp', TIMESTAMP_ROLE);
        const meta = new Map();
        for (const [name, m] of Object.entries(expectObject(obj.meta, 'timestamp.meta'))) {
            // [N] IsValidTimestampStructure: the snapshot entry needs valid hashes.
            meta.set(name, FileMeta.fromJSON(m, keyPath('timestamp.meta', name), name === SNAPSHOT_ROLE));
        }
        return new Timestamp({ ...common, meta });
    }
    /** The length and hashes of the snapshot file this timestamp vouches for. */
    get snapshotMeta() {
        return this.meta.get(SNAPSHOT_ROLE);
    }
    /** Go struct fields: _type, expires, meta, version. */
    toJSON() {
        return {
            _type: TUF_TYPES.timestamp,
            expires: normalizeGoTime(this.expires),
            meta: toJSONObject([...this.meta].map(([n, m]) => [n, m.toJSON()])),
            version: this.version,
        };
    }
    equals(other) {
        return canonical_canonicalize(this.toJSON()) === canonical_canonicalize(other.toJSON());
    }
}

;// CONCATENATED MODULE: ./src/tuf/model/metadata.ts











const UTF8 = new TextEncoder();
/**
 * A role file: the parsed model, its signatures and the exact bytes (STYLE §4
 * "keep the bytes", after tough's SignedRole). Length and hashes for snapshot
 * and timestamp always come from `bytes`, never from re-serializing.
 */
class SignedMetadata {
    signed;
    signatures;
    bytes;
    /**
     * CANON of the `signed` object as parsed (unknown fields included), which
     * is what signatures are checked over ([N] tuf/signed/verify.go re-marshals
     * the decoded map). Taken from the file's text only when that text is
     * provably canonical (parseEnvelope); the file escapes `< > &`.
     */
    signedBytes;
    constructor(options) {
        this.signed = options.signed;
        this.signatures = [...options.signatures];
        this.bytes = options.bytes;
        this.signedBytes = options.signedBytes;
    }
    /** Full role name (`root`, `targets/releases`). */
    get role() {
        return this.signed.role;
    }
    /** Length, sha256 and sha512 of `bytes`, as the snapshot/timestamp record them. */
    fileMeta() {
        return FileMeta.fromBytes(this.bytes);
    }
    /**
     * Parses untrusted file bytes of `kind`; `role` names a delegation for kind
     * `targets` (default: the kind). Checks shape only, not signatures.
     */
    static parse(bytes, kind, role = kind) {
        checkRoleForKind(kind, role);
        const known = PARSED.get(bytes)?.get(role);
        if (known && sameBytes(known.bytes, bytes)) {
            return known;
        }
        // Target entries become FileMeta while parsing (parseEnvelope's
        // targetEntry); Targets.fromJSON takes them as they are.
        const parsed = parseEnvelope(bytes, role, kind === 'targets'
            ? {
                targetEntry: (name, value) => FileMeta.fromJSON(value, keyPath(`${role}.targets`, name)),
            }
            : {});
        const envelope = expectObject(parsed.value, role);
        const signedJSON = expectObject(envelope.signed, `${role}.signed`);
        const signatures = expectArray(envelope.signatures, `${role}.signatures`).map((s, i) => Signature.fromJSON(s, `${role}.signatures[${i}]`));
        const signed = parseModel(kind, signedJSON, role);
        const result = new SignedMetadata({
            signed,
            signatures,
            bytes: Uint8Array.from(bytes),
            signedBytes: parsed.canonicalSigned === undefined
                ? canonicalOfNonCanonical(bytes, role)
                : UTF8.encode(parsed.canonicalSigned),
        });
        rememberParsed(bytes, result);
        return result;
    }
    /**
     * Metadata this client made and signed: `bytes` are encodeEnvelope of
     * `signed.toJSON()` and `signedBytes` its CANON. Parsing such bytes gives
     * back exactly these parts (the models round-trip: test/unit/tuf/sign.test.ts),
     * so they are remembered as parsed: the read-back after an upload then does
     * not parse our own 10,000-target roles again (~85 ms each).
     */
    static ofOwnBytes(options) {
        const meta = new SignedMetadata(options);
        rememberParsed(meta.bytes, meta);
        return meta;
    }
}
/**
 * CANON of `signed` for a file whose text is not canonical (notary never
 * writes one): from a plain parse, since FileMeta drops the unknown fields
 * that notary's check over the decoded map keeps.
 */
function canonicalOfNonCanonical(bytes, role) {
    const envelope = expectObject(parseJSON(bytes, role), role);
    return canonicalBytes(expectObject(envelope.signed, `${role}.signed`));
}
/**
 * Parses already done, per byte array: a client run parses the same files
 * to find delegations, to verify them and again to read back its upload; for
 * a role of 10,000 targets each parse costs ~100 ms. SignedMetadata is
 * immutable, and a hit also needs the bytes unchanged (a caller may reuse an
 * array), so a memoized result is exactly what parsing again would give.
 */
const PARSED = new WeakMap();
/** Records `meta` as the parse of `bytes`. */
function rememberParsed(bytes, meta) {
    let byRole = PARSED.get(bytes);
    if (!byRole)
        PARSED.set(bytes, (byRole = new Map()));
    byRole.set(meta.role, meta);
}
function sameBytes(a, b) {
    return a.length === b.length && Buffer.compare(a, b) === 0;
}
function parseModel(kind, data, role) {
    switch (kind) {
        case 'root':
            return Root.fromJSON(data);
        case 'targets':
            return Targets.fromJSON(data, role);
        case 'snapshot':
            return Snapshot.fromJSON(data);
        case 'timestamp':
            return Timestamp.fromJSON(data);
    }
}
function checkRoleForKind(kind, role) {
    const ok = kind === 'targets'
        ? role === TARGETS_ROLE || isDelegationName(role)
        : role === kind;
    if (!ok)
        throw new MetadataError(`role ${JSON.stringify(role)} cannot hold ${kind} metadata`);
}

;// CONCATENATED MODULE: ./src/tuf/sign.ts






const sign_UTF8 = new TextEncoder();
/**
 * Signs `model` with each signer and wraps it in notary's envelope. The
 * signature input is CANON(model.toJSON()); the bytes are encodeEnvelope's Go
 * form, so they equal the server's re-serialization (notary-protocol.md §4.3).
 * Signatures in `keep` from keys that did not sign now follow the new ones.
 */
async function signMetadata(model, signers, keep = [], options = {}) {
    // Targets roles write their (possibly 10,000) entries straight to text.
    const canonical = model instanceof Targets ? model.canonical() : canonical_canonicalize(model.toJSON());
    const data = sign_UTF8.encode(canonical);
    const fresh = [];
    for (const signer of signers) {
        // One signature per key, as notary signs once per private key.
        if (fresh.some((s) => s.keyID === signer.keyID))
            continue;
        const sig = await signer.sign(data);
        fresh.push(new Signature(signer.keyID, signer.method, bytesToBase64(sig)));
    }
    const replaced = new Set(fresh.map((s) => s.keyID));
    const kept = keep.filter((s) => !replaced.has(s.keyID) && stillValid(s, data, options));
    const signatures = [...fresh, ...kept];
    return SignedMetadata.ofOwnBytes({
        signed: model,
        signatures,
        bytes: encodeCanonicalEnvelope(canonical, signatures),
        signedBytes: data,
    });
}
function stillValid(sig, data, options) {
    const { keys, verifier } = options;
    if (!keys || !verifier)
        return true;
    const key = keys.get(sig.keyID);
    const bytes = base64ToBytes(sig.sigB64);
    return (key !== undefined &&
        bytes !== undefined &&
        verifier(key, sig.method, data, bytes));
}

;// CONCATENATED MODULE: ./src/tuf/verify/threshold.ts


/**
 * Checks that at least `threshold` distinct keys of the role signed
 * `signedBytes` (CANON of the parsed `signed` object), following
 * [N] tuf/signed/verify.go VerifySignatures (notary-protocol.md §5.4).
 * Returns the key IDs whose signatures verified.
 */
function verifyThreshold(signedBytes, signatures, roleKeys, verifier) {
    const { role, keys, threshold } = roleKeys;
    // Zero signatures is its own error, not an under-threshold one.
    if (signatures.length === 0)
        throw new NoSignaturesError(`${role} has no signatures`);
    if (threshold < 1)
        throw new ThresholdError(`${role} has an invalid threshold ${threshold}`);
    const valid = new Set();
    const counted = new Set();
    for (const sig of signatures) {
        const key = keys.get(sig.keyID);
        // A key ID outside the role is skipped.
        if (!key)
            continue;
        // The key filed under this ID must hash to it (ErrInvalidKeyID), or one
        // key could be counted under several IDs.
        if (key.keyID !== sig.keyID) {
            throw new InvalidKeyIDError(`${role}: key ${sig.keyID.slice(0, 12)} does not hash to its key ID`);
        }
        // Duplicates count once: valid signatures are tallied per distinct key,
        // by ID and by identity (one key listed twice, e.g. two PEM spellings of
        // one certificate, still counts once).
        if (valid.has(sig.keyID) || counted.has(key.identity))
            continue;
        const sigBytes = base64ToBytes(sig.sigB64);
        // An invalid signature or an unsupported method is skipped, not fatal.
        if (sigBytes && verifier(key, sig.method, signedBytes, sigBytes)) {
            valid.add(sig.keyID);
            counted.add(key.identity);
        }
    }
    if (valid.size < threshold) {
        throw new ThresholdError(`${role} signed by ${valid.size}/${threshold} keys`);
    }
    return valid;
}

;// CONCATENATED MODULE: ./src/tuf/verify/checks.ts



const ALGORITHMS = ['sha256', 'sha512'];
/**
 * Throws ExpiredError when `expires` lies before `referenceTime`
 * ([N] tuf/signed/verify.go VerifyExpiry; TUF spec 5.4.3 / 5.5.4 / 5.6.4).
 */
function verifyExpiry(role, expires, referenceTime) {
    if (isExpiredAt(expires, referenceTime)) {
        throw new ExpiredError(`${role} expired at ${expires}`);
    }
}
/**
 * Throws RollbackError when `version` is below the last trusted one; an equal
 * version is allowed ([N] tuf/signed/verify.go VerifyVersion; TUF spec 5.4.2).
 */
function verifyVersion(role, version, minVersion) {
    if (version < minVersion) {
        throw new RollbackError(`${role}: expected version ≥ ${minVersion}, got ${version}`);
    }
}
/**
 * Checks exact file bytes against the length and hashes another role recorded
 * for them ([N] tuf/data/types.go CheckHashes: every sha256/sha512 present
 * must match and at least one must be present; the length is the download
 * limit in [N] client/tufclient.go, checked here as equality).
 */
function verifyFileMeta(role, bytes, meta) {
    if (bytes.length !== meta.length) {
        throw new HashMismatchError(`${role}: expected length ${meta.length}, got ${bytes.length}`);
    }
    let checked = 0;
    for (const alg of ALGORITHMS) {
        const expected = meta.hashes.get(alg);
        if (expected === undefined)
            continue;
        const want = meta.hash(alg);
        const got = bytesToHex(digest(alg, bytes));
        if (!want || bytesToHex(want) !== got) {
            throw new HashMismatchError(`${role}: expected ${alg} ${want ? bytesToHex(want) : expected}, got ${got}`);
        }
        checked++;
    }
    if (checked === 0)
        throw new HashMismatchError(`${role}: no sha256 or sha512 recorded to check against`);
}

;// CONCATENATED MODULE: ./src/tuf/verify/paths.ts

/**
 * True when a delegation with `paths` may sign `target`: a plain string
 * prefix, `""` allows all, no globs ([N] tuf/data/roles.go checkPaths;
 * notary-protocol.md §9.9: `"v1"` also matches `v10`).
 */
function isPathAllowed(target, paths) {
    return paths.some((p) => target.startsWith(p));
}
/**
 * A child's paths cut down to those inside one of its parent's paths
 * ([N] tuf/data/roles.go RestrictDelegationPathPrefixes).
 */
function restrictPaths(parentPaths, childPaths) {
    return childPaths.filter((p) => parentPaths.some((parent) => p.startsWith(parent)));
}
/** Throws PathNotAllowedError when `role` may not sign `target` (a writer's check before signing). */
function checkTargetPath(role, target, paths) {
    if (!isPathAllowed(target, paths)) {
        throw new PathNotAllowedError(`${role} may not sign ${JSON.stringify(target)}: allowed paths ${JSON.stringify(paths)}`);
    }
}

;// CONCATENATED MODULE: ./src/tuf/verify/delegation-walk.ts





/**
 * Step 5 of verifyRepository ([N] client/tufclient.go downloadTargets):
 * delegations depth-first in pre-order, each verified against its parent's
 * delegation keys and threshold and its snapshot meta. Collects the trusted
 * roles, the unpublished ones and the warnings.
 */
class DelegationWalk {
    options;
    trusted = [];
    unpublished = [];
    warnings = [];
    constructor(options) {
        this.options = options;
    }
    run(role) {
        this.trusted.push(role);
        this.warnOutsidePaths(role);
        const parent = role.metadata.signed;
        for (const child of parent.delegationRoles) {
            const paths = restrictPaths(role.paths, child.paths);
            const verified = this.verifyChild(child.name, parent.roleKeys(child.name));
            if (verified)
                this.run({
                    role: child.name,
                    metadata: verified,
                    paths,
                    keys: parent.roleKeys(child.name),
                });
        }
    }
    verifyChild(name, keys) {
        const meta = this.options.meta.get(name);
        if (!meta) {
            // A role we trusted before cannot become unpublished while its parent
            // still delegates to it: a snapshot that drops it rolls it back to
            // nothing (TUF spec 5.5.5: a trusted snapshot's roles stay listed), and
            // a signer would re-create it at version 1 under the old floor.
            if (this.options.remembered?.(name)) {
                throw new RollbackError(`${name}: trusted before at version ${this.options.minVersion(name)}, but the snapshot no longer lists it`);
            }
            // Listed but never published: notary skips it silently (§9.17).
            this.unpublished.push(name);
            return undefined;
        }
        const bytes = this.options.delegations?.get(name);
        if (!bytes)
            throw new MissingMetadataError(`${name} is in the snapshot but its file was not supplied`);
        // Hash mismatch, bad shape and rollback stay fatal ([N] builder loadDelegation).
        verifyFileMeta(name, bytes, meta);
        const metadata = SignedMetadata.parse(bytes, 'targets', name);
        verifyVersion(name, metadata.signed.version, this.options.minVersion(name));
        try {
            verifyThreshold(metadata.signedBytes, metadata.signatures, keys, this.options.verifier);
            verifyExpiry(name, metadata.signed.expires, this.options.referenceTime);
        }
        catch (err) {
            // [N] client/tufclient.go downloadTargets: ErrRoleThreshold and ErrExpired
            // on a delegation only skip it (with its subtree); in targets they are fatal.
            if (!(err instanceof ThresholdError || err instanceof ExpiredError))
                throw err;
            this.warnings.push({
                role: name,
                message: `skipped ${name}: ${err.message}`,
                cause: err,
            });
            return undefined;
        }
        return metadata;
    }
    // Readers ignore entries a role may not sign; say so.
    warnOutsidePaths(role) {
        for (const name of role.metadata.signed.targets.keys()) {
            if (!isPathAllowed(name, role.paths)) {
                this.warnings.push({
                    role: role.role,
                    message: `${role.role} lists ${JSON.stringify(name)} outside its paths ${JSON.stringify(role.paths)}; ignored`,
                });
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/tuf/verify/trusted-repository.ts


/** The outcome of verifyRepository: every role that verified, with its bytes. */
class TrustedRepository {
    gun;
    root;
    timestamp;
    snapshot;
    roles;
    unpublished;
    warnings;
    constructor(options) {
        this.gun = options.gun;
        this.root = options.root;
        this.timestamp = options.timestamp;
        this.snapshot = options.snapshot;
        this.roles = new Map(options.roles.map((r) => [r.role, r]));
        this.unpublished = [...options.unpublished];
        this.warnings = [...options.warnings];
    }
    /** The verified top-level targets role. */
    get targets() {
        return this.roles.get('targets');
    }
    /** A verified targets-type role by name. */
    role(name) {
        return this.roles.get(name);
    }
    /**
     * Which roles hold `name`, with its length and hashes. Entries outside a
     * role's paths are ignored, as notary's readers ignore them. Results follow
     * `roles` when given (a precedence list), else the verification order.
     */
    findTarget(name, options = {}) {
        const order = options.roles ?? [...this.roles.keys()];
        const out = [];
        for (const roleName of order) {
            const role = this.roles.get(roleName);
            const meta = role?.metadata.signed.targets.get(name);
            if (!role || !meta || !isPathAllowed(name, role.paths))
                continue;
            out.push({
                role: roleName,
                meta,
                length: meta.length,
                sha256Hex: meta.sha256Hex,
            });
        }
        return out;
    }
    /** Target names each verified role signs (within its paths), sorted. */
    signedTags() {
        const out = new Map();
        for (const [name, role] of this.roles) {
            const tags = [...role.metadata.signed.targets.keys()].filter((t) => isPathAllowed(t, role.paths));
            out.set(name, tags.sort(compareUtf8));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/tuf/verify/repository.ts








/**
 * Verifies a whole repository in notary's client order ([N] client/tufclient.go,
 * tuf/builder.go; notary-protocol.md §8.1): root → timestamp → snapshot →
 * targets → delegations depth-first in pre-order. Pure: the reference time,
 * verifier and previous state all come in through `options`.
 */
function verifyRepository(files, options) {
    const min = (role) => options.previousVersions?.[role] ?? 1;
    const root = verifyRoot(files.root, options, min(ROOT_ROLE));
    // Step 2: timestamp, signed by root's timestamp keys (never checksummed).
    const timestamp = SignedMetadata.parse(files.timestamp, 'timestamp');
    checkSigned(timestamp, root.signed.roleKeys(TIMESTAMP_ROLE), options, min(TIMESTAMP_ROLE));
    // Step 3: snapshot bytes must match the timestamp's meta, then its signatures.
    verifyFileMeta(SNAPSHOT_ROLE, files.snapshot, timestamp.signed.snapshotMeta);
    const snapshot = SignedMetadata.parse(files.snapshot, 'snapshot');
    checkSigned(snapshot, root.signed.roleKeys(SNAPSHOT_ROLE), options, min(SNAPSHOT_ROLE));
    // [N] builder validateChecksumsFromSnapshot: the root we trust is the one the snapshot lists.
    verifyFileMeta(ROOT_ROLE, files.root, snapshot.signed.meta.get(ROOT_ROLE));
    // Step 4: targets, checksummed by the snapshot, signed by root's targets keys.
    verifyFileMeta(TARGETS_ROLE, files.targets, snapshot.signed.meta.get(TARGETS_ROLE));
    const targets = SignedMetadata.parse(files.targets, 'targets');
    const targetsKeys = root.signed.roleKeys(TARGETS_ROLE);
    checkSigned(targets, targetsKeys, options, min(TARGETS_ROLE));
    const walk = new DelegationWalk({
        delegations: files.delegations,
        meta: snapshot.signed.meta,
        referenceTime: options.referenceTime,
        verifier: options.verifier,
        minVersion: min,
        remembered: (role) => options.previousVersions?.[role] !== undefined,
    });
    walk.run({
        role: TARGETS_ROLE,
        metadata: targets,
        paths: [''],
        keys: targetsKeys,
    });
    return new TrustedRepository({
        gun: options.gun,
        root,
        timestamp,
        snapshot,
        roles: walk.trusted,
        unpublished: walk.unpublished,
        warnings: walk.warnings,
    });
}
// Signatures, then version, then expiry last ([N] tuf/builder.go load*).
function checkSigned(metadata, keys, options, minVersion) {
    verifyThreshold(metadata.signedBytes, metadata.signatures, keys, options.verifier);
    verifyVersion(metadata.role, metadata.signed.version, minVersion);
    verifyExpiry(metadata.role, metadata.signed.expires, options.referenceTime);
}
/**
 * Step 1 ([N] trustpinning/certs.go ValidateRoot, builder loadRoot): with a
 * trusted root, the new one needs a threshold of the old root keys (certificate
 * expiry not checked); it always needs a threshold of its own acceptable keys.
 */
function verifyRoot(bytes, options, minVersion) {
    const root = SignedMetadata.parse(bytes, 'root');
    let floor = minVersion;
    if (options.trustedRoot) {
        const old = options.trustedRoot instanceof Root
            ? options.trustedRoot
            : SignedMetadata.parse(options.trustedRoot, 'root').signed;
        try {
            verifyThreshold(root.signedBytes, root.signatures, old.roleKeys(ROOT_ROLE), options.verifier);
        }
        catch (err) {
            if (!(err instanceof VerificationError))
                throw err;
            throw new RootRotationError(`root v${root.signed.version} is not signed by the trusted root v${old.version}: ${err.message}`, { cause: err });
        }
        floor = Math.max(floor, old.version);
    }
    verifyThreshold(root.signedBytes, root.signatures, acceptableRootKeys(root.signed, options), options.verifier);
    verifyVersion(ROOT_ROLE, root.signed.version, floor);
    verifyExpiry(ROOT_ROLE, root.signed.expires, options.referenceTime);
    return root;
}
// Only root keys that pass checkRootKey count ([N] validRootLeafCerts drops
// the others); none left is fatal.
function acceptableRootKeys(root, options) {
    const all = root.roleKeys(ROOT_ROLE);
    const check = options.checkRootKey;
    if (!check)
        return all;
    const keys = new Map();
    let firstError;
    for (const [id, key] of all.keys) {
        try {
            check(key, options.gun, options.referenceTime);
            keys.set(id, key);
        }
        catch (err) {
            firstError ??= err;
        }
    }
    if (keys.size === 0) {
        const reason = firstError instanceof Error ? `: ${firstError.message}` : '';
        throw new VerificationError(`root: no valid root key for ${options.gun}${reason}`, { cause: firstError });
    }
    return { ...all, keys };
}

;// CONCATENATED MODULE: ./src/tuf/index.ts


























;// CONCATENATED MODULE: ./src/keys/der.ts

/** Universal tags we read or write (X.690 §8). */
const TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    PRINTABLE_STRING: 0x13,
    IA5_STRING: 0x16,
    UTC_TIME: 0x17,
    GENERALIZED_TIME: 0x18,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** Tag byte of a constructed context-specific `[n]` (EXPLICIT tagging). */
function contextTag(n) {
    return 0xa0 | n;
}
const latin1 = new TextDecoder('latin1');
const der_utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * One DER TLV. Readers throw {@link KeyFormatError} on any mismatch so a
 * malformed or truncated input never crashes with a RangeError.
 */
class DerNode {
    tag;
    value;
    raw;
    constructor(
    /** The identifier octet (class, constructed bit and tag number). */
    tag, 
    /** The contents octets. */
    value, 
    /** The whole TLV, header included (what a signature covers, e.g. the TBS). */
    raw) {
        this.tag = tag;
        this.value = value;
        this.raw = raw;
    }
    /** Throws unless the tag is `tag`; `what` names the field for the message. */
    expect(tag, what) {
        if (this.tag !== tag) {
            throw new errors_KeyFormatError(`${what}: expected DER tag 0x${hex2(tag)}, got 0x${hex2(this.tag)}`);
        }
        return this;
    }
    /** The elements of a SEQUENCE/SET/context node, each parsed strictly. */
    children(what) {
        if ((this.tag & 0x20) === 0) {
            throw new errors_KeyFormatError(`${what}: expected a constructed DER value`);
        }
        const out = [];
        let offset = 0;
        while (offset < this.value.length) {
            const [node, next] = readTLV(this.value, offset, what);
            out.push(node);
            offset = next;
        }
        return out;
    }
    /** A SEQUENCE's elements; at least `min` of them must be present. */
    sequence(what, min = 0) {
        const items = this.expect(TAG.SEQUENCE, what).children(what);
        if (items.length < min) {
            throw new errors_KeyFormatError(`${what}: expected at least ${min} elements`);
        }
        return items;
    }
    /** An INTEGER as a bigint (two's complement, as X.690 §8.3 encodes it). */
    integer(what) {
        const v = this.expect(TAG.INTEGER, what).value;
        if (v.length === 0)
            throw new errors_KeyFormatError(`${what}: empty INTEGER`);
        let n = 0n;
        for (const b of v)
            n = (n << 8n) | BigInt(b);
        if ((v[0] & 0x80) !== 0)
            n -= 1n << BigInt(v.length * 8);
        return n;
    }
    /** A small non-negative INTEGER (versions, iteration counts) as a number. */
    smallInt(what) {
        const n = this.integer(what);
        if (n < 0n || n > BigInt(Number.MAX_SAFE_INTEGER)) {
            throw new errors_KeyFormatError(`${what}: INTEGER out of range`);
        }
        return Number(n);
    }
    /** An OBJECT IDENTIFIER in dotted form. */
    oid(what) {
        return decodeOid(this.expect(TAG.OID, what).value, what);
    }
    /** An OCTET STRING's bytes. */
    octets(what) {
        return this.expect(TAG.OCTET_STRING, what).value;
    }
    /** A BIT STRING's bytes; only whole-byte strings (0 unused bits) are accepted. */
    bitString(what) {
        const v = this.expect(TAG.BIT_STRING, what).value;
        if (v.length === 0 || v[0] !== 0) {
            throw new errors_KeyFormatError(`${what}: expected a BIT STRING of whole bytes`);
        }
        return v.subarray(1);
    }
    /** A PrintableString, IA5String or UTF8String as text. */
    text(what) {
        if (this.tag === TAG.UTF8_STRING) {
            try {
                return der_utf8.decode(this.value);
            }
            catch {
                throw new errors_KeyFormatError(`${what}: invalid UTF8String`);
            }
        }
        if (this.tag === TAG.PRINTABLE_STRING || this.tag === TAG.IA5_STRING) {
            return latin1.decode(this.value);
        }
        throw new errors_KeyFormatError(`${what}: expected a string, got tag 0x${hex2(this.tag)}`);
    }
    /** A UTCTime or GeneralizedTime in the `Z` forms RFC 5280 §4.1.2.5 allows. */
    time(what) {
        const s = latin1.decode(this.value);
        let m;
        let year;
        if (this.tag === TAG.UTC_TIME) {
            m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
            // RFC 5280: two-digit years 50..99 are 19xx, 00..49 are 20xx.
            year = m ? Number(m[1]) + (Number(m[1]) < 50 ? 2000 : 1900) : 0;
        }
        else if (this.tag === TAG.GENERALIZED_TIME) {
            m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
            year = m ? Number(m[1]) : 0;
        }
        else {
            throw new errors_KeyFormatError(`${what}: expected a time, got tag 0x${hex2(this.tag)}`);
        }
        if (!m)
            throw new errors_KeyFormatError(`${what}: malformed time`);
        const [mo, d, h, mi, se] = m.slice(2).map(Number);
        return new Date(Date.UTC(year, mo - 1, d, h, mi, se));
    }
}
/**
 * Parses exactly one DER value filling `bytes`. Trailing bytes are an error
 * unless `allowTrailing` (notary's own parser ignores them after the PKCS#8
 * plaintext, [N] tuf/utils/pkcs8.go, so decryption strips padding first).
 */
function parseDer(bytes, what, allowTrailing = false) {
    const [node, next] = readTLV(bytes, 0, what);
    if (!allowTrailing && next !== bytes.length) {
        throw new errors_KeyFormatError(`${what}: ${bytes.length - next} trailing bytes after DER value`);
    }
    return node;
}
function readTLV(buf, start, what) {
    const truncated = () => new errors_KeyFormatError(`${what}: truncated DER`);
    if (start + 2 > buf.length)
        throw truncated();
    const tag = buf[start];
    // High tag numbers (0x1f) never occur in keys or certificates.
    if ((tag & 0x1f) === 0x1f)
        throw new errors_KeyFormatError(`${what}: unsupported DER tag`);
    let len = buf[start + 1];
    let offset = start + 2;
    if (len & 0x80) {
        const count = len & 0x7f;
        // 0x80 is BER's indefinite length, which DER forbids.
        if (count === 0 || count > 4)
            throw new errors_KeyFormatError(`${what}: bad DER length`);
        if (offset + count > buf.length)
            throw truncated();
        len = 0;
        for (let i = 0; i < count; i++)
            len = len * 256 + buf[offset + i];
        offset += count;
    }
    const end = offset + len;
    if (end > buf.length)
        throw truncated();
    return [
        new DerNode(tag, buf.subarray(offset, end), buf.subarray(start, end)),
        end,
    ];
}
function decodeOid(v, what) {
    if (v.length === 0 || (v[v.length - 1] & 0x80) !== 0) {
        throw new errors_KeyFormatError(`${what}: malformed OBJECT IDENTIFIER`);
    }
    const arcs = [];
    let n = 0;
    for (const b of v) {
        n = n * 128 + (b & 0x7f);
        if (n > Number.MAX_SAFE_INTEGER)
            throw new errors_KeyFormatError(`${what}: OID arc too large`);
        if ((b & 0x80) === 0) {
            arcs.push(n);
            n = 0;
        }
    }
    const first = arcs.shift();
    const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
    return [...head, ...arcs].join('.');
}
function hex2(n) {
    return n.toString(16).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/keys/der-writer.ts

/** Joins byte arrays. */
function concatBytes(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of parts) {
        out.set(p, offset);
        offset += p.length;
    }
    return out;
}
/** One TLV with a minimal definite length, as DER requires (X.690 §10.1). */
function derTLV(tag, value) {
    const len = value.length;
    let header;
    if (len < 0x80)
        header = [tag, len];
    else {
        const lenBytes = [];
        for (let n = len; n > 0; n = Math.floor(n / 256))
            lenBytes.unshift(n & 0xff);
        header = [tag, 0x80 | lenBytes.length, ...lenBytes];
    }
    return concatBytes(Uint8Array.from(header), value);
}
/** SEQUENCE of already-encoded elements. */
function derSequence(...items) {
    return derTLV(TAG.SEQUENCE, concatBytes(...items));
}
/** SET of already-encoded elements (callers pass them in DER order). */
function derSet(...items) {
    return derTLV(TAG.SET, concatBytes(...items));
}
/** EXPLICIT `[n]` wrapper around one encoded element. */
function derExplicit(n, inner) {
    return derTLV(contextTag(n), inner);
}
/**
 * A non-negative INTEGER from a number, bigint or unsigned big-endian bytes:
 * leading zeros are stripped and one 0x00 is added when the top bit is set.
 */
function derInteger(n) {
    let bytes;
    if (n instanceof Uint8Array)
        bytes = n;
    else {
        let hex = BigInt(n).toString(16);
        if (hex.length % 2)
            hex = '0' + hex;
        bytes = new Uint8Array(Buffer.from(hex, 'hex'));
    }
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    bytes = bytes.subarray(i);
    if (bytes.length === 0)
        bytes = Uint8Array.of(0);
    if (bytes[0] & 0x80)
        bytes = concatBytes(Uint8Array.of(0), bytes);
    return derTLV(TAG.INTEGER, bytes);
}
/** OBJECT IDENTIFIER from dotted form. */
function derOid(oid) {
    const arcs = oid.split('.').map(Number);
    const out = [];
    const [a, b, ...rest] = arcs;
    for (const arc of [a * 40 + b, ...rest]) {
        const chunk = [arc & 0x7f];
        for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) {
            chunk.unshift((v & 0x7f) | 0x80);
        }
        out.push(...chunk);
    }
    return derTLV(TAG.OID, Uint8Array.from(out));
}
/** OCTET STRING. */
function derOctetString(bytes) {
    return derTLV(TAG.OCTET_STRING, bytes);
}
/** BIT STRING of whole bytes, or with `unusedBits` trailing zero bits (KeyUsage). */
function derBitString(bytes, unusedBits = 0) {
    return derTLV(TAG.BIT_STRING, concatBytes(Uint8Array.of(unusedBits), bytes));
}
/** BOOLEAN (DER: TRUE is 0xff). */
function derBoolean(v) {
    return derTLV(TAG.BOOLEAN, Uint8Array.of(v ? 0xff : 0));
}
/**
 * A directory string as Go's encoding/asn1 picks it: PrintableString when
 * every character is allowed there, UTF8String otherwise.
 */
function derDirectoryString(s) {
    const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s);
    const tag = printable ? TAG.PRINTABLE_STRING : TAG.UTF8_STRING;
    return derTLV(tag, new TextEncoder().encode(s));
}
/**
 * A certificate time (RFC 5280 §4.1.2.5): UTCTime through 2049, then
 * GeneralizedTime; whole seconds, `Z`.
 */
function derTime(d) {
    const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
    const digits = iso.slice(0, 19).replace(/[-:T]/g, '') + 'Z';
    const year = d.getUTCFullYear();
    if (year >= 1950 && year < 2050) {
        return derTLV(TAG.UTC_TIME, new TextEncoder().encode(digits.slice(2)));
    }
    return derTLV(TAG.GENERALIZED_TIME, new TextEncoder().encode(digits));
}

;// CONCATENATED MODULE: ./src/keys/native-keys.ts

// What native-ec.ts (P-256), native-ed25519.ts and native-rsa.ts share:
// moving raw key bytes in and out of node:crypto's KeyObjects through DER.
/** A private KeyObject from DER (`sec1` for EC, `pkcs8` for Ed25519, `pkcs1` for RSA). */
function privateKeyFromDer(der, type) {
    return (0,external_node_crypto_namespaceObject.createPrivateKey)({ key: Buffer.from(der), format: 'der', type });
}
/**
 * A public KeyObject from DER SubjectPublicKeyInfo. Remembered by its exact
 * bytes: a run checks the same few keys (root, targets, the server's, the
 * signer's) again and again, before and after its upload, and OpenSSL's
 * decoding was a visible cost of each check. KeyObjects are immutable.
 */
function publicKeyFromSpki(spki) {
    const id = Buffer.from(spki.buffer, spki.byteOffset, spki.length).toString('base64');
    let key = PUBLIC_KEYS.get(id);
    if (!key) {
        key = (0,external_node_crypto_namespaceObject.createPublicKey)({
            key: Buffer.from(spki),
            format: 'der',
            type: 'spki',
        });
        // A bound, so a stream of hostile keys cannot grow it without end.
        if (PUBLIC_KEYS.size >= 256)
            PUBLIC_KEYS.clear();
        PUBLIC_KEYS.set(id, key);
    }
    return key;
}
const PUBLIC_KEYS = new Map();
/**
 * The raw public key of a private key: the last `length` bytes of its SPKI,
 * which end with the key inside the BIT STRING (65 for a P-256 point, 32 for
 * Ed25519).
 */
function rawPublicKey(privateKey, length) {
    const spki = (0,external_node_crypto_namespaceObject.createPublicKey)(privateKey).export({
        format: 'der',
        type: 'spki',
    });
    return new Uint8Array(spki.subarray(spki.length - length));
}

;// CONCATENATED MODULE: ./src/keys/oids.ts
/**
 * Object identifiers keys/ reads or writes, in dotted form. Names follow the
 * ASN.1 modules they come from (RFC 5480, RFC 8018, RFC 5280, RFC 8410).
 */
const OID = {
    // RFC 5480 / SEC 1: EC keys and the curves we recognise by name.
    ecPublicKey: '1.2.840.10045.2.1',
    prime256v1: '1.2.840.10045.3.1.7',
    secp384r1: '1.3.132.0.34',
    secp521r1: '1.3.132.0.35',
    secp224r1: '1.3.132.0.33',
    rsaEncryption: '1.2.840.113549.1.1.1',
    // RFC 8410's Ed25519, and the one notary writes ([N] tuf/utils/pkcs8.go).
    ed25519: '1.3.101.112',
    ed25519Notary: '1.3.6.1.4.1.11591.15.1',
    // RFC 8018: password-based encryption.
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    hmacWithSHA1: '1.2.840.113549.2.7',
    hmacWithSHA256: '1.2.840.113549.2.9',
    hmacWithSHA384: '1.2.840.113549.2.10',
    hmacWithSHA512: '1.2.840.113549.2.11',
    aes128CBC: '2.16.840.1.101.3.4.1.2',
    aes192CBC: '2.16.840.1.101.3.4.1.22',
    aes256CBC: '2.16.840.1.101.3.4.1.42',
    // RFC 5280 / RFC 5758 / RFC 3279: certificate signatures and extensions.
    ecdsaWithSHA256: '1.2.840.10045.4.3.2',
    commonName: '2.5.4.3',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37',
    basicConstraints: '2.5.29.19',
    codeSigning: '1.3.6.1.5.5.7.3.3',
};
/** Certificate signature algorithms notary refuses: SHA-1 and older ([N] tuf/utils/x509.go). */
const WEAK_SIGNATURE_OIDS = {
    '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10040.4.3': 'dsa-with-SHA1',
};
/** Human names for OIDs that appear in "unsupported" messages. */
function oidName(oid) {
    const known = Object.entries(OID).find(([, v]) => v === oid);
    return known ? `${known[0]} (${oid})` : oid;
}

;// CONCATENATED MODULE: ./src/keys/spki.ts




/**
 * Parses a DER SubjectPublicKeyInfo (RFC 5280 §4.1.2.7). Malformed input
 * throws {@link KeyFormatError}; an unknown algorithm is returned as `other`
 * so each caller can word its own refusal.
 */
function parseSpki(der) {
    const what = 'SubjectPublicKeyInfo';
    const top = parseDer(der, what).sequence(what, 2);
    const [algOid, ...rest] = top[0].sequence(`${what} algorithm`, 1);
    const params = rest[0];
    const algorithm = algOid.oid(`${what} algorithm`);
    const bits = top[1].bitString(`${what} key`);
    switch (algorithm) {
        case OID.ecPublicKey: {
            if (!params)
                throw new errors_KeyFormatError(`${what}: EC key without a named curve`);
            return { kind: 'ec', curve: params.oid(`${what} curve`), point: bits };
        }
        case OID.rsaEncryption: {
            // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
            const [modulus] = parseDer(bits, 'RSAPublicKey').sequence('RSAPublicKey', 2);
            const n = modulus.integer('RSA modulus');
            if (n <= 0n)
                throw new errors_KeyFormatError('RSA modulus must be positive');
            return { kind: 'rsa', modulusBits: n.toString(2).length };
        }
        case OID.ed25519:
            if (bits.length !== 32)
                throw new errors_KeyFormatError(`${what}: ed25519 key must be 32 bytes`);
            return { kind: 'ed25519', raw: bits };
        default:
            return { kind: 'other', algorithm };
    }
}
/**
 * The SPKI Go's x509.MarshalPKIXPublicKey writes for a P-256 key: algorithm
 * `{ecPublicKey, prime256v1}` and the uncompressed point (`MFkwEwYH…`).
 */
function encodeP256Spki(point) {
    return derSequence(derSequence(derOid(OID.ecPublicKey), derOid(OID.prime256v1)), derBitString(point));
}
/** RFC 8410 SPKI for an Ed25519 key (what OpenSSL writes; docker refuses it). */
function encodeEd25519Spki(raw) {
    return derSequence(derSequence(derOid(OID.ed25519)), derBitString(raw));
}

;// CONCATENATED MODULE: ./src/keys/native-ec.ts





// P-256 through node:crypto (OpenSSL). The benchmark's CPU profile showed the
// pure-JavaScript curve (its precomputed tables, built on first use) as the
// largest cost of a signing run after start-up; OpenSSL does the same work
// natively. Signatures are what Go produces and accepts: SHA-256 of the data,
// raw r‖s of 64 bytes (ieee-p1363), random k, high-S accepted.
/** The order n of the P-256 group (SEC 2 §2.4.2). */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
/** True when a 32-byte big-endian scalar is a valid private key: 1 ≤ d < n. */
function isValidP256Scalar(scalar) {
    if (scalar.length !== 32)
        return false;
    const d = BigInt(`0x${Buffer.from(scalar).toString('hex')}`);
    return d > 0n && d < P256_ORDER;
}
/** A private KeyObject from a 32-byte scalar, via a minimal SEC 1 ECPrivateKey. */
function p256PrivateKey(scalar) {
    const sec1 = derSequence(derInteger(1), derOctetString(scalar), derExplicit(0, derOid(OID.prime256v1)));
    return privateKeyFromDer(sec1, 'sec1');
}
/** The uncompressed public point (65 bytes, 0x04 ‖ x ‖ y) of a private key. */
function p256PublicPoint(privateKey) {
    return rawPublicKey(privateKey, 65);
}
/** ECDSA P-256 / SHA-256, raw r‖s (64 bytes, leading zeros kept). */
function p256Sign(privateKey, data) {
    return new Uint8Array((0,external_node_crypto_namespaceObject.sign)('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' }));
}
/** Verifies a raw r‖s P-256 / SHA-256 signature against an uncompressed point. */
function p256Verify(point, data, signature) {
    if (signature.length !== 64)
        return false;
    const key = publicKeyFromSpki(encodeP256Spki(point));
    return (0,external_node_crypto_namespaceObject.verify)('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
}

;// CONCATENATED MODULE: ./src/keys/signer.ts

// Private material lives here, keyed by signer object, and never on the
// signer itself: enumerating, stringifying or inspecting a signer cannot reach it.
const secrets = new WeakMap();
/** Internal signer; built by ecdsa.ts / ed25519.ts through {@link makeSigner}. */
class LocalSigner {
    algorithm;
    method;
    publicKey;
    role;
    gun;
    #sign;
    constructor(algorithm, method, publicKey, sign, role, gun) {
        this.algorithm = algorithm;
        this.method = method;
        this.publicKey = publicKey;
        this.role = role;
        this.gun = gun;
        this.#sign = sign;
    }
    get keyID() {
        return this.publicKey.keyID;
    }
    sign(data) {
        return new Promise((resolve) => resolve(this.#sign(data)));
    }
    /** Public facts only. */
    toJSON() {
        return {
            keyID: this.keyID,
            algorithm: this.algorithm,
            role: this.role,
            gun: this.gun,
        };
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `PrivateKeySigner(${this.algorithm} ${this.keyID.slice(0, 12)} role=${this.role ?? '-'})`;
    }
}
/**
 * Builds a signer around a sign function and remembers its raw key for the
 * key writer. `publicKey` may be a certificate key whose SPKI is this key's.
 */
function makeSigner(raw, method, publicKey, sign, options) {
    const signer = new LocalSigner(raw.algorithm, method, publicKey, sign, options.role, options.gun);
    secrets.set(signer, raw);
    return signer;
}
/** The raw key behind a signer made by keys/; refuses foreign signers. */
function rawKeyOf(signer) {
    const raw = secrets.get(signer);
    if (!raw)
        throw new KeyError(`key ${signer.keyID.slice(0, 12)} was not loaded by keys/`);
    return raw;
}

;// CONCATENATED MODULE: ./src/keys/ecdsa.ts




/** The `ecdsa` public key notary files for a P-256 point: base64 DER SPKI ([N] tuf/data/keys.go). */
function ecdsaPublicKey(point) {
    return new Key({
        keyType: 'ecdsa',
        publicB64: Buffer.from(encodeP256Spki(point)).toString('base64'),
    });
}
/**
 * An ECDSA P-256 signer: SHA-256 of the data, raw r‖s of exactly 64 bytes
 * with leading zeros kept, method `ecdsa` ([N] tuf/signed/verifiers.go,
 * trustmanager/keys.go signing path). `publicKey` defaults to the bare key.
 */
function createEcdsaSigner(raw, options, publicKey = ecdsaPublicKey(raw.publicKey)) {
    // OpenSSL signs (native-ec.ts): fixed-width r‖s (32+32), never DER.
    const privateKey = p256PrivateKey(raw.secret());
    const sign = (data) => p256Sign(privateKey, data);
    return makeSigner(raw, 'ecdsa', publicKey, sign, options);
}

;// CONCATENATED MODULE: ./src/keys/native-ed25519.ts





// Ed25519 through node:crypto (OpenSSL), like P-256 in native-ec.ts: the
// server-held timestamp and snapshot keys of a default notary-server are
// ed25519, so every run verifies two such signatures, and the pure-JavaScript
// curve cost more than the rest of verification (docs/benchmark.md).
// OpenSSL verifies as Go's crypto/ed25519 does, which notary uses: S must be
// below the group order, the check is cofactorless, and R is compared as the
// encoding of [S]B - [k]A.
/** A private KeyObject from a 32-byte seed, via RFC 8410 PKCS#8. */
function ed25519PrivateKey(seed) {
    const der = derSequence(derInteger(0), derSequence(derOid(OID.ed25519)), derOctetString(derOctetString(seed)));
    return privateKeyFromDer(der, 'pkcs8');
}
/** The 32-byte public key of a private key. */
function ed25519PublicBytes(privateKey) {
    return rawPublicKey(privateKey, 32);
}
/** Pure Ed25519 (RFC 8032): a deterministic 64-byte signature. */
function ed25519Sign(privateKey, data) {
    return new Uint8Array((0,external_node_crypto_namespaceObject.sign)(null, data, privateKey));
}
/** Checks a 64-byte Ed25519 signature against a 32-byte public key. */
function ed25519Verify(publicKey, data, signature) {
    if (publicKey.length !== 32 || signature.length !== 64)
        return false;
    return (0,external_node_crypto_namespaceObject.verify)(null, data, publicKeyFromSpki(encodeEd25519Spki(publicKey)), signature);
}

;// CONCATENATED MODULE: ./src/keys/ed25519.ts



/** The `ed25519` public key notary files: base64 of the raw 32 bytes ([N] tuf/data/keys.go). */
function ed25519PublicKey(raw) {
    return new Key({
        keyType: 'ed25519',
        publicB64: Buffer.from(raw).toString('base64'),
    });
}
/** An Ed25519 signer: pure Ed25519 over the data (64 bytes), method `eddsa`. */
function createEd25519Signer(raw, options) {
    const key = ed25519PrivateKey(raw.secret());
    const sign = (data) => ed25519Sign(key, data);
    return makeSigner(raw, 'eddsa', ed25519PublicKey(raw.publicKey), sign, options);
}

;// CONCATENATED MODULE: ./src/keys/native-rsa.ts



// RSA through node:crypto (OpenSSL), as native-ec.ts does for P-256. notary
// signs RSA with RSASSA-PSS over SHA-256, MGF1-SHA-256 and a salt as long as
// the hash (32 bytes): [N] tuf/data/keys.go RSAPrivateKey.Sign passes
// PSSSaltLengthEqualsHash, and tuf/signed/verifiers.go verifyPSS accepts
// exactly SaltLength sha256.Size. OpenSSL's PSS uses MGF1 with the message
// digest unless told otherwise, which is what Go does.
/** notary refuses RSA keys below this size ([N] const.go MinRSABitSize, verifiers.go). */
const MIN_RSA_BITS = 2048;
/** The PSS parameters notary signs and verifies with. */
const NOTARY_PSS = {
    padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING,
    saltLength: 32,
};
const PROBE = new TextEncoder().encode('dct-sign rsa key check');
/**
 * Decodes PKCS#1 DER. Keys under {@link MIN_RSA_BITS} throw
 * UnsupportedKeyError; anything OpenSSL cannot read, or a key whose parts do
 * not belong together (Go's rsa.PrivateKey.Validate refuses those), throws
 * {@link KeyFormatError}, which after decryption means a wrong passphrase.
 */
function rsaKeyFromPkcs1(der) {
    let privateKey;
    try {
        privateKey = privateKeyFromDer(der, 'pkcs1');
    }
    catch {
        throw new errors_KeyFormatError('RSA private key: not a valid PKCS#1 structure');
    }
    const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
        throw new UnsupportedKeyError(`RSA key of ${bits} bits refused: notary needs at least ${MIN_RSA_BITS} (make a new one, e.g. openssl genrsa 3072)`);
    }
    const publicKey = (0,external_node_crypto_namespaceObject.createPublicKey)(privateKey);
    // A pairwise-consistency check: OpenSSL does not check that d, p, q match
    // n, and a damaged key would sign garbage that no verifier accepts.
    let consistent = false;
    try {
        consistent = (0,external_node_crypto_namespaceObject.verify)('sha256', PROBE, { key: publicKey, ...NOTARY_PSS }, rsaPssSign(privateKey, PROBE));
    }
    catch {
        consistent = false;
    }
    if (!consistent)
        throw new errors_KeyFormatError('RSA private key: its parts do not match');
    const pkcs1 = privateKey.export({ format: 'der', type: 'pkcs1' });
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    return {
        privateKey,
        pkcs1: new Uint8Array(pkcs1),
        spki: new Uint8Array(spki),
        bits,
    };
}
/** RSASSA-PSS / SHA-256 / MGF1-SHA-256 / salt 32: notary's `rsapss` method. */
function rsaPssSign(privateKey, data) {
    return new Uint8Array((0,external_node_crypto_namespaceObject.sign)('sha256', data, { key: privateKey, ...NOTARY_PSS }));
}

;// CONCATENATED MODULE: ./src/keys/rsa.ts



/** The `rsa` public key notary files for an RSA key: base64 DER SPKI ([N] tuf/utils/x509.go RSAToPrivateKey). */
function rsaPublicKey(spki) {
    return new Key({
        keyType: 'rsa',
        publicB64: Buffer.from(spki).toString('base64'),
    });
}
/**
 * An RSA signer with notary's method `rsapss` (PSS, SHA-256, salt 32; see
 * native-rsa.ts). `publicKey` defaults to the bare `rsa` key; an `rsa-x509`
 * certificate key holding the same SPKI files signatures under its own ID.
 */
function createRsaSigner(raw, options, publicKey = rsaPublicKey(raw.publicKey)) {
    const { privateKey } = rsaKeyFromPkcs1(raw.secret());
    const sign = (data) => rsaPssSign(privateKey, data);
    return makeSigner(raw, 'rsapss', publicKey, sign, options);
}

;// CONCATENATED MODULE: ./src/keys/create-signer.ts



/** Picks the one signer implementation for the key's algorithm (STYLE §5). */
function createSigner(raw, options) {
    switch (raw.algorithm) {
        case 'ecdsa':
            return createEcdsaSigner(raw, options);
        case 'rsa':
            return createRsaSigner(raw, options);
        default:
            return createEd25519Signer(raw, options);
    }
}

;// CONCATENATED MODULE: ./src/keys/cbc.ts


/**
 * Decrypts CBC without letting OpenSSL judge the padding, so a wrong key is
 * reported by {@link stripPadding} as a clean `undefined`, never as an
 * OpenSSL error string or garbled output.
 */
function cbcDecrypt(cipher, key, iv, data, blockSize) {
    if (data.length === 0 || data.length % blockSize !== 0) {
        throw new errors_KeyFormatError(`encrypted key length ${data.length} is not a multiple of ${blockSize}`);
    }
    const d = (0,external_node_crypto_namespaceObject.createDecipheriv)(cipher, key, iv).setAutoPadding(false);
    return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
}
/** Encrypts with PKCS#7 padding (1..blockSize bytes always added). */
function cbcEncrypt(cipher, key, iv, data) {
    const c = (0,external_node_crypto_namespaceObject.createCipheriv)(cipher, key, iv);
    return new Uint8Array(Buffer.concat([c.update(data), c.final()]));
}
/**
 * Removes PKCS#7 padding; `undefined` when it is not well formed, which after
 * decryption almost always means a wrong passphrase.
 */
function stripPadding(plain, blockSize) {
    const pad = plain[plain.length - 1] ?? 0;
    if (pad < 1 || pad > blockSize || pad > plain.length)
        return undefined;
    for (let i = plain.length - pad; i < plain.length; i++) {
        if (plain[i] !== pad)
            return undefined;
    }
    return plain.subarray(0, plain.length - pad);
}

;// CONCATENATED MODULE: ./src/keys/legacy-pem.ts




const CIPHERS = {
    'AES-128-CBC': { cipher: 'aes-128-cbc', keyLength: 16, block: 16 },
    'AES-192-CBC': { cipher: 'aes-192-cbc', keyLength: 24, block: 16 },
    'AES-256-CBC': { cipher: 'aes-256-cbc', keyLength: 32, block: 16 },
    'DES-EDE3-CBC': { cipher: 'des-ede3-cbc', keyLength: 24, block: 8 },
};
/** True when a PEM block carries RFC 1421 encryption headers (`Proc-Type: 4,ENCRYPTED`). */
function isLegacyEncrypted(block) {
    return (block.headers['Proc-Type'] ?? '').includes('ENCRYPTED');
}
/**
 * Decrypts a legacy `DEK-Info` PEM body as Go's x509.DecryptPEMBlock, which
 * notary < 0.6 keys need ([N] tuf/utils/x509.go): key = OpenSSL
 * EVP_BytesToKey(MD5, one round, salt = first 8 IV bytes). Single DES-CBC is
 * refused: Node 20's OpenSSL 3 only has it in the legacy provider.
 * Returns `undefined` when the padding is wrong (a wrong passphrase).
 */
function decryptLegacyPem(block, passphrase) {
    const dek = block.headers['DEK-Info'];
    if (dek === undefined)
        throw new errors_KeyFormatError(`PEM block ${block.type}: encrypted but no DEK-Info`);
    const [name = '', ivHex = ''] = dek.split(',').map((s) => s.trim());
    const spec = CIPHERS[name.toUpperCase()];
    if (!spec)
        throw new UnsupportedKeyError(`unsupported legacy PEM cipher ${name}`);
    if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== spec.block * 2) {
        throw new errors_KeyFormatError(`PEM block ${block.type}: malformed DEK-Info IV`);
    }
    const iv = new Uint8Array(Buffer.from(ivHex, 'hex'));
    const key = evpBytesToKey(new TextEncoder().encode(passphrase), iv.subarray(0, 8), spec.keyLength);
    const plain = cbcDecrypt(spec.cipher, key, iv, block.bytes, spec.block);
    return stripPadding(plain, spec.block);
}
/** OpenSSL's EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} ‖ pass ‖ salt). */
function evpBytesToKey(pass, salt, length) {
    let out = new Uint8Array(0);
    let prev = new Uint8Array(0);
    while (out.length < length) {
        prev = new Uint8Array((0,external_node_crypto_namespaceObject.createHash)('md5')
            .update(concatBytes(prev, pass, salt))
            .digest());
        out = concatBytes(out, prev);
    }
    return out.subarray(0, length);
}

;// CONCATENATED MODULE: ./src/keys/pbes2.ts






// PBKDF2 runs natively (node:crypto): in pure JavaScript it was ~100 ms of
// every signing run (the benchmark's CPU profile).
const PRFS = {
    [OID.hmacWithSHA1]: 'sha1',
    [OID.hmacWithSHA256]: 'sha256',
    [OID.hmacWithSHA384]: 'sha384',
    [OID.hmacWithSHA512]: 'sha512',
};
function pbkdf2(digest, passphrase, salt, iterations, keyLength) {
    return new Uint8Array((0,external_node_crypto_namespaceObject.pbkdf2Sync)(Buffer.from(passphrase, 'utf8'), salt, iterations, keyLength, digest));
}
const AES = {
    [OID.aes128CBC]: { cipher: 'aes-128-cbc', keyLength: 16 },
    [OID.aes192CBC]: { cipher: 'aes-192-cbc', keyLength: 24 },
    [OID.aes256CBC]: { cipher: 'aes-256-cbc', keyLength: 32 },
};
/** Iterations notary writes ([N] tuf/utils/pkcs8.go); also our write default. */
const NOTARY_PBKDF2_ITERATIONS = 2048;
/** A crafted file must not make us spin for hours. */
const MAX_ITERATIONS = 10_000_000;
/**
 * Decrypts a PKCS#8 EncryptedPrivateKeyInfo with PBES2 + PBKDF2 (RFC 8018)
 * and AES-CBC. Any PRF is honoured (notary ignores it and always uses SHA-1;
 * OpenSSL 3 writes hmacWithSHA256). Returns the PrivateKeyInfo DER without
 * padding, or `undefined` when the padding is wrong (a wrong passphrase).
 */
function decryptPbes2(der, passphrase) {
    const what = 'EncryptedPrivateKeyInfo';
    const [algorithm, data] = parseDer(der, what).sequence(what, 2);
    const [schemeOid, schemeParams] = algorithm.sequence(`${what} algorithm`, 2);
    const scheme = schemeOid.oid(`${what} algorithm`);
    if (scheme !== OID.pbes2) {
        throw new UnsupportedKeyError(`unsupported key encryption ${oidName(scheme)}: only PBES2 is supported`);
    }
    const [kdf, encryption] = schemeParams.sequence('PBES2 parameters', 2);
    const [encOid, ivNode] = encryption.sequence('PBES2 encryption scheme', 2);
    const encName = encOid.oid('PBES2 encryption scheme');
    const aes = AES[encName];
    if (!aes)
        throw new UnsupportedKeyError(`unsupported key cipher ${oidName(encName)}`);
    const iv = ivNode.octets('AES-CBC IV');
    if (iv.length !== 16)
        throw new errors_KeyFormatError('AES-CBC IV must be 16 bytes');
    const key = deriveKey(kdf, passphrase, aes.keyLength);
    const plain = cbcDecrypt(aes.cipher, key, iv, data.octets(`${what} data`), 16);
    return stripPadding(plain, 16);
}
/** PBKDF2 from its AlgorithmIdentifier; keyLength, if present, must fit the cipher. */
function deriveKey(kdf, passphrase, keyLength) {
    const [kdfOid, params] = kdf.sequence('PBES2 key derivation', 2);
    const kdfName = kdfOid.oid('PBES2 key derivation');
    if (kdfName !== OID.pbkdf2) {
        throw new UnsupportedKeyError(`unsupported key derivation ${oidName(kdfName)}: only PBKDF2 is supported`);
    }
    const [salt, iterNode, ...rest] = params.sequence('PBKDF2 parameters', 2);
    const iterations = iterNode.smallInt('PBKDF2 iterations');
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
        throw new UnsupportedKeyError(`unsupported PBKDF2 iteration count ${iterations}`);
    }
    let prf = OID.hmacWithSHA1; // RFC 8018 default when the field is absent.
    for (const item of rest) {
        if (item.tag === 0x02 && item.smallInt('PBKDF2 keyLength') !== keyLength) {
            throw new errors_KeyFormatError('PBKDF2 keyLength does not match the cipher');
        }
        if (item.tag === 0x30)
            prf = item.sequence('PBKDF2 prf', 1)[0].oid('PBKDF2 prf');
    }
    const hash = PRFS[prf];
    if (!hash)
        throw new UnsupportedKeyError(`unsupported PBKDF2 PRF ${oidName(prf)}`);
    return pbkdf2(hash, passphrase, salt.octets('PBKDF2 salt'), iterations, keyLength);
}
/**
 * Encrypts a PrivateKeyInfo exactly as notary 0.7 does (notary-protocol.md
 * §6.3): PBES2, PBKDF2 params holding only an 8-byte salt and 2048
 * iterations (so HMAC-SHA1: OpenSSL 3's SHA-256 default is unreadable by
 * notary and docker), AES-256-CBC with a 16-byte IV, PKCS#7 padding.
 */
function encryptPbes2(privateKeyInfo, passphrase) {
    const salt = new Uint8Array((0,external_node_crypto_namespaceObject.randomBytes)(8));
    const iv = new Uint8Array((0,external_node_crypto_namespaceObject.randomBytes)(16));
    const key = pbkdf2('sha1', passphrase, salt, NOTARY_PBKDF2_ITERATIONS, 32);
    const data = cbcEncrypt('aes-256-cbc', key, iv, privateKeyInfo);
    return derSequence(derSequence(derOid(OID.pbes2), derSequence(derSequence(derOid(OID.pbkdf2), derSequence(derOctetString(salt), derInteger(NOTARY_PBKDF2_ITERATIONS))), derSequence(derOid(OID.aes256CBC), derOctetString(iv)))), derOctetString(data));
}

;// CONCATENATED MODULE: ./src/keys/raw-key.ts
const HIDDEN = '[private key material hidden]';
/**
 * Decoded private key material: a P-256 scalar or an Ed25519 seed (32 bytes
 * each), or an RSA key as PKCS#1 DER, and the matching public key
 * (uncompressed SEC1 point, raw 32 bytes, or DER SPKI for RSA).
 * Internal to keys/. It hides its bytes from JSON.stringify, util.inspect and
 * string conversion so that a stray log line cannot leak them (STYLE §5).
 */
class RawPrivateKey {
    algorithm;
    publicKey;
    #secret;
    constructor(algorithm, secret, 
    /** The public key: 65-byte uncompressed point (ecdsa), 32 bytes (ed25519), DER SPKI (rsa). */
    publicKey) {
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        this.#secret = Uint8Array.from(secret);
    }
    /** A copy of the secret bytes, for the signer closure and the key writer. */
    secret() {
        return Uint8Array.from(this.#secret);
    }
    toJSON() {
        return HIDDEN;
    }
    toString() {
        return HIDDEN;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `RawPrivateKey(${this.algorithm}) ${HIDDEN}`;
    }
}

;// CONCATENATED MODULE: ./src/keys/pkcs8.ts








const CURVE_NAMES = {
    [OID.secp224r1]: 'P-224',
    [OID.secp384r1]: 'P-384',
    [OID.secp521r1]: 'P-521',
};
/**
 * Reads an unencrypted PKCS#8 PrivateKeyInfo (RFC 5208 / RFC 5958). Accepts
 * notary's variants ([N] tuf/utils/pkcs8.go): version 1 for ECDSA, algorithm
 * without NULL, ed25519 under 1.3.6.1.4.1.11591.15.1 as 96 raw bytes, and
 * RSA as PKCS#1 with or without the NULL parameters OpenSSL writes.
 */
function parsePrivateKeyInfo(der) {
    const what = 'PKCS#8 PrivateKeyInfo';
    const items = parseDer(der, what).sequence(what, 3);
    const version = items[0].smallInt(`${what} version`);
    // 0 is RFC 5208; 1 is RFC 5958's v2 and also what notary writes for ECDSA.
    if (version > 1)
        throw new errors_KeyFormatError(`${what}: unknown version ${version}`);
    const [algOid, ...rest] = items[1].sequence(`${what} algorithm`, 1);
    // notary writes no NULL and RFC 5480 puts the named curve here; both optional.
    const params = rest[0];
    const algorithm = algOid.oid(`${what} algorithm`);
    const privateKey = items[2].octets(`${what} privateKey`);
    switch (algorithm) {
        case OID.ecPublicKey:
            return parseEcPrivateKey(privateKey, params?.oid('EC curve'));
        case OID.ed25519Notary:
            return parseNotaryEd25519(privateKey);
        case OID.ed25519:
            // RFC 8410 §7: the OCTET STRING wraps another OCTET STRING with the seed.
            return ed25519FromSeed(parseDer(privateKey, 'ed25519 key').octets('ed25519 key'));
        case OID.rsaEncryption:
            return parseRsaPrivateKey(privateKey);
        default:
            throw new UnsupportedKeyError(`unsupported private key algorithm ${oidName(algorithm)}`);
    }
}
/**
 * Reads a SEC 1 ECPrivateKey (RFC 5915), the body of `EC PRIVATE KEY` and of
 * PKCS#8 EC keys. Only P-256 is supported. An embedded public key must match
 * the scalar: after decryption this is the last check that the passphrase was
 * right, so garbage can never become a signer.
 */
function parseEcPrivateKey(der, outerCurve) {
    const what = 'EC private key';
    const items = parseDer(der, what).sequence(what, 2);
    if (items[0].smallInt(`${what} version`) !== 1) {
        throw new errors_KeyFormatError(`${what}: version must be 1`);
    }
    let scalar = items[1].octets(`${what} scalar`);
    let curve = outerCurve;
    let embedded;
    // RFC 5915 allows only [0] parameters and [1] publicKey after the scalar,
    // each at most once and in that order. Anything else is corruption: a
    // skipped unknown element could hide a damaged [1] and let a garbled
    // scalar load as some other key (found by the fuzz tests).
    let last = -1;
    for (const item of items.slice(2)) {
        const n = item.tag === contextTag(0) ? 0 : item.tag === contextTag(1) ? 1 : -1;
        if (n <= last)
            throw new errors_KeyFormatError(`${what}: unexpected element (tag 0x${item.tag.toString(16)})`);
        last = n;
        const inner = () => item.children(what)[0] ?? fail(`${what}: empty [${n}]`);
        if (n === 0)
            curve = inner().oid(`${what} curve`);
        else
            embedded = inner().bitString(`${what} public key`);
    }
    if (curve === undefined)
        throw new errors_KeyFormatError(`${what}: no named curve`);
    if (curve !== OID.prime256v1) {
        throw new UnsupportedKeyError(`unsupported ECDSA curve ${CURVE_NAMES[curve] ?? curve}: only P-256 keys can sign`);
    }
    // Some encoders drop leading zero bytes of the scalar; Go pads it to 32.
    if (scalar.length > 32)
        throw new errors_KeyFormatError(`${what}: scalar longer than 32 bytes`);
    scalar = concatBytes(new Uint8Array(32 - scalar.length), scalar);
    if (!isValidP256Scalar(scalar)) {
        throw new errors_KeyFormatError(`${what}: scalar out of range`);
    }
    const derived = p256PublicPoint(p256PrivateKey(scalar));
    if (embedded !== undefined && !equalBytes(embedded, derived)) {
        throw new errors_KeyFormatError(`${what}: embedded public key does not match the private key`);
    }
    return new RawPrivateKey('ecdsa', scalar, derived);
}
/**
 * Reads a PKCS#1 RSAPrivateKey (RFC 8017 A.1.2), the body of `RSA PRIVATE
 * KEY` and of PKCS#8 RSA keys. Refuses keys under 2048 bits, as notary's
 * verifiers would never accept their signatures ([N] tuf/signed/verifiers.go).
 */
function parseRsaPrivateKey(der) {
    const { pkcs1, spki } = rsaKeyFromPkcs1(der);
    return new RawPrivateKey('rsa', pkcs1, spki);
}
/**
 * notary's ed25519 private bytes: `public(32) ‖ seed(32) ‖ public(32)`, i.e.
 * the public key followed by Go's 64-byte ed25519.PrivateKey. Both copies of
 * the public key must match the seed. Also the body of legacy `ED25519 PRIVATE KEY`.
 */
function parseNotaryEd25519(bytes) {
    if (bytes.length !== 96) {
        throw new errors_KeyFormatError(`ed25519 key: expected 96 bytes, got ${bytes.length}`);
    }
    const key = ed25519FromSeed(bytes.subarray(32, 64));
    if (!equalBytes(bytes.subarray(0, 32), key.publicKey) ||
        !equalBytes(bytes.subarray(64), key.publicKey)) {
        throw new errors_KeyFormatError('ed25519 key: public key does not match the seed');
    }
    return key;
}
function ed25519FromSeed(seed) {
    if (seed.length !== 32)
        throw new errors_KeyFormatError('ed25519 key: seed must be 32 bytes');
    return new RawPrivateKey('ed25519', seed, ed25519PublicBytes(ed25519PrivateKey(seed)));
}
/**
 * Writes the PrivateKeyInfo notary 0.7 writes (notary-protocol.md §6.3):
 * ECDSA as version 1, `{ecPublicKey, prime256v1}` without NULL, SEC 1 with
 * curve and public key; RSA as version 0, `{rsaEncryption}` without NULL,
 * PKCS#1; ed25519 as version 0 under notary's OID with 96 bytes
 * ([N] tuf/utils/pkcs8.go convertTUFKeyToPKCS8).
 */
function encodePrivateKeyInfo(key) {
    if (key.algorithm === 'rsa') {
        return derSequence(derInteger(0), derSequence(derOid(OID.rsaEncryption)), derOctetString(key.secret()));
    }
    if (key.algorithm === 'ecdsa') {
        return derSequence(derInteger(1), derSequence(derOid(OID.ecPublicKey), derOid(OID.prime256v1)), derOctetString(encodeEcPrivateKey(key)));
    }
    const raw = concatBytes(key.publicKey, key.secret(), key.publicKey);
    return derSequence(derInteger(0), derSequence(derOid(OID.ed25519Notary)), derOctetString(raw));
}
/** SEC 1 ECPrivateKey with `[0]` curve and `[1]` public key, as Go's x509.MarshalECPrivateKey. */
function encodeEcPrivateKey(key) {
    return derSequence(derInteger(1), derOctetString(key.secret()), derExplicit(0, derOid(OID.prime256v1)), derExplicit(1, derBitString(key.publicKey)));
}
/** Byte equality (not constant time: used on public values only). */
function equalBytes(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
}
function fail(message) {
    throw new errors_KeyFormatError(message);
}

;// CONCATENATED MODULE: ./src/keys/load.ts







const PRIVATE_TYPES = new Set([
    'ENCRYPTED PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'ED25519 PRIVATE KEY',
    'RSA PRIVATE KEY',
]);
/**
 * Reads one private key from PEM text (or base64 of PEM) in any form notary
 * or docker wrote (notary-protocol.md §6.2) and returns a signer for it.
 * Throws {@link BadPassphraseError}, UnsupportedKeyError or KeyFormatError;
 * never includes the passphrase or key bytes in a message.
 */
function loadPrivateKey(text, passphrase) {
    return new Promise((resolve) => resolve(loadSync(text, passphrase)));
}
function loadSync(text, passphrase) {
    const blocks = privateBlocks(text);
    if (blocks.length !== 1) {
        throw new errors_KeyFormatError(`expected one private key PEM block, found ${blocks.length}`);
    }
    return loadBlock(blocks[0], passphrase);
}
/**
 * Reads every private key in `text` (PEM blocks one after the other, or
 * base64 of that), for roles whose threshold needs several keys. The
 * passphrase is used for every key, unless there are several keys and it
 * has exactly as many lines: then line i decrypts key i.
 */
function loadPrivateKeys(text, passphrase) {
    return new Promise((resolve) => {
        const blocks = privateBlocks(text);
        if (blocks.length === 0)
            throw new KeyFormatError('expected a private key PEM block, found none');
        const lines = passphrase?.split(/\r?\n/) ?? [];
        const perKey = blocks.length > 1 && lines.length === blocks.length;
        resolve(blocks.map((block, i) => loadBlock(block, perKey ? lines[i] : passphrase)));
    });
}
function privateBlocks(text) {
    return parsePemBlocks(decodeKeyInput(text)).filter((b) => PRIVATE_TYPES.has(b.type));
}
function loadBlock(block, passphrase) {
    const role = block.headers.role;
    const gun = block.headers.gun;
    const { raw, encrypted } = decode(block, passphrase);
    const signer = createSigner(raw, { role, gun });
    return {
        signer,
        role,
        gun,
        keyID: signer.keyID,
        algorithm: raw.algorithm,
        bits: keyBits(raw),
        pemType: block.type,
        encrypted,
    };
}
function decode(block, passphrase) {
    const pkcs8 = block.type === 'ENCRYPTED PRIVATE KEY';
    if (!pkcs8 && !isLegacyEncrypted(block))
        return { raw: load_parseBody(block.type, block.bytes), encrypted: false };
    const label = keyLabel(block);
    if (passphrase === undefined || passphrase === '') {
        throw new BadPassphraseError(`key ${label} is encrypted and no passphrase was given`);
    }
    const plain = pkcs8
        ? decryptPbes2(block.bytes, passphrase)
        : decryptLegacyPem(block, passphrase);
    const wrong = () => new BadPassphraseError(`wrong passphrase for key ${label} (or the encrypted key is corrupted)`);
    if (!plain)
        throw wrong();
    try {
        return {
            raw: load_parseBody(pkcs8 ? 'PRIVATE KEY' : block.type, plain),
            encrypted: true,
        };
    }
    catch (err) {
        // A wrong key that happens to leave valid padding yields garbage DER or a
        // scalar whose embedded public key does not match: still a wrong passphrase.
        if (err instanceof errors_KeyFormatError)
            throw wrong();
        throw err;
    }
}
/** Dispatches a decrypted body on its PEM label. */
function load_parseBody(type, der) {
    switch (type) {
        case 'EC PRIVATE KEY':
            return parseEcPrivateKey(der);
        case 'ED25519 PRIVATE KEY':
            return parseNotaryEd25519(der);
        case 'RSA PRIVATE KEY':
            return parseRsaPrivateKey(der);
        default:
            return parsePrivateKeyInfo(der);
    }
}
function keyBits(raw) {
    if (raw.algorithm !== 'rsa')
        return 256;
    const info = parseSpki(raw.publicKey);
    return info.kind === 'rsa' ? info.modulusBits : 0;
}
/** How messages name a key before it is decrypted: `path` header (short ID), else role. */
function keyLabel(block) {
    const path = block.headers.path;
    if (path)
        return (path.split('/').pop() ?? path).slice(0, 12);
    return block.headers.role ?? '(no role header)';
}

;// CONCATENATED MODULE: ./src/keys/write.ts





// notary keeps `gun` only for these; it deletes it for root and delegations
// ([N] trustmanager/keys.go ImportKeys, notary-protocol.md §6.2).
const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);
/** The `gun` header notary writes for `role`: required for base roles, dropped otherwise. */
function gunHeaderFor(role, gun) {
    if (!GUN_ROLES.has(role))
        return undefined;
    if (!gun)
        throw new errors/* UsageError */.eb(`a ${role} key needs a gun`);
    return gun;
}
/**
 * Writes a key made or loaded by keys/ as notary 0.7 stores it:
 * `ENCRYPTED PRIVATE KEY` (PBES2/PBKDF2-SHA1/2048/AES-256-CBC) with `role`
 * and, for targets/snapshot/timestamp, `gun` headers. An empty or missing
 * passphrase writes unencrypted `PRIVATE KEY`, as notary does.
 */
function writePrivateKeyPem(key, passphrase, options) {
    const signer = 'signer' in key ? key.signer : key;
    const info = encodePrivateKeyInfo(rawKeyOf(signer));
    const headers = Object.create(null);
    headers.role = options.role;
    const gun = gunHeaderFor(options.role, options.gun);
    if (gun !== undefined)
        headers.gun = gun;
    const encrypted = passphrase !== undefined && passphrase !== '';
    return encodePem({
        type: encrypted ? 'ENCRYPTED PRIVATE KEY' : 'PRIVATE KEY',
        headers,
        bytes: encrypted ? encryptPbes2(info, passphrase) : info,
    });
}

;// CONCATENATED MODULE: ./src/keys/generate.ts








/**
 * Makes a new ECDSA P-256 (docker's and notary's default) or Ed25519 key.
 * The ed25519 public PEM is RFC 8410 SPKI, which docker refuses as a signer
 * key ([N] tuf/utils/x509.go ParsePEMPublicKey); use ecdsa for signers.
 */
function generateKey(
// RSA keys are read and signed with, never made here: docker cannot make
// them either, and P-256 is what notary and docker default to.
algorithm, options) {
    let raw;
    let spki;
    if (algorithm === 'ecdsa') {
        const { privateKey } = (0,external_node_crypto_namespaceObject.generateKeyPairSync)('ec', {
            namedCurve: 'prime256v1',
        });
        raw = new RawPrivateKey('ecdsa', jwkScalar(privateKey.export({ format: 'jwk' }).d, 32), p256PublicPoint(privateKey));
        spki = encodeP256Spki(raw.publicKey);
    }
    else {
        // Go's ed25519.GenerateKey: the private key is 32 random bytes (the seed).
        const seed = new Uint8Array((0,external_node_crypto_namespaceObject.randomBytes)(32));
        raw = new RawPrivateKey('ed25519', seed, ed25519PublicBytes(ed25519PrivateKey(seed)));
        spki = encodeEd25519Spki(raw.publicKey);
    }
    const { role, gun } = options;
    const signer = createSigner(raw, { role, gun: gunHeaderFor(role, gun) });
    const privatePem = writePrivateKeyPem(signer, options.passphrase, {
        role,
        gun,
    });
    const headers = Object.create(null);
    headers.role = role;
    const publicPem = encodePem({ type: 'PUBLIC KEY', headers, bytes: spki });
    return { privatePem, publicPem, keyID: signer.keyID, signer };
}
/** A JWK private scalar (base64url, leading zeros possibly dropped) as `size` bytes. */
function jwkScalar(d, size) {
    const bytes = Buffer.from(d ?? '', 'base64url');
    if (bytes.length === 0 || bytes.length > size)
        throw new Error('generated key: unexpected private scalar');
    const out = new Uint8Array(size);
    out.set(bytes, size - bytes.length);
    return out;
}

;// CONCATENATED MODULE: ./src/keys/x509.ts







/** Parses a DER certificate; malformed input throws {@link KeyFormatError}. */
function parseCertificate(der) {
    const [tbsNode, sigAlg, sigValue] = parseDer(der, 'certificate').sequence('certificate', 3);
    const tbs = tbsNode.sequence('TBSCertificate', 6);
    // The version is an optional EXPLICIT [0]; without it the fields shift by one.
    const at = tbs[0].tag === contextTag(0) ? 1 : 0;
    const field = (i) => tbs[at + i] ?? x509_fail('TBSCertificate: missing field');
    const validity = field(3).sequence('validity', 2);
    return {
        serial: field(0).integer('serial number'),
        issuerCN: commonName(field(2)),
        notBefore: validity[0].time('notBefore'),
        notAfter: validity[1].time('notAfter'),
        subjectCN: commonName(field(4)),
        spki: field(5).expect(0x30, 'subjectPublicKeyInfo').raw,
        signatureAlgorithm: sigAlg
            .sequence('signatureAlgorithm', 1)[0]
            .oid('signatureAlgorithm'),
        tbs: tbsNode.raw,
        signature: sigValue.bitString('signatureValue'),
    };
}
/** The first CN in a Name (SEQUENCE OF SET OF AttributeTypeAndValue). */
function commonName(name) {
    for (const rdn of name.sequence('Name')) {
        for (const atv of rdn
            .expect(0x31, 'RelativeDistinguishedName')
            .children('RDN')) {
            const [type, value] = atv.sequence('AttributeTypeAndValue', 2);
            if (type.oid('attribute type') === OID.commonName)
                return value.text('commonName');
        }
    }
    return undefined;
}
/**
 * The leaf certificate of an `ecdsa-x509`/`rsa-x509` key, whose `public` is
 * base64 of PEM text (notary-protocol.md §5.1).
 */
function certificateOfKey(key) {
    if (!key.keyType.endsWith('-x509')) {
        throw new KeyError(`key ${key.keyID.slice(0, 12)} is ${key.keyType}, not a certificate key`);
    }
    const pem = new TextDecoder().decode(key.publicBytes());
    const block = parsePemBlocks(pem).find((b) => b.type === 'CERTIFICATE');
    if (!block)
        throw new errors_KeyFormatError(`key ${key.keyID.slice(0, 12)} holds no CERTIFICATE block`);
    return parseCertificate(block.bytes);
}
/**
 * notary's canonical key ID ([N] tuf/utils/x509.go CanonicalKeyID): for a
 * `*-x509` key, the TUF ID of the bare key with the certificate's SPKI; for
 * any other key its TUF ID. Private key files are named by this ID.
 */
function x509_canonicalKeyID(key) {
    if (key.keyType !== 'ecdsa-x509' && key.keyType !== 'rsa-x509')
        return key.keyID;
    const spki = certificateOfKey(key).spki;
    return new Key({
        keyType: key.keyType.replace('-x509', ''),
        publicB64: Buffer.from(spki).toString('base64'),
    }).keyID;
}
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Refuses a root certificate that notary clients would refuse
 * ([N] trustpinning/certs.go, tuf/utils/x509.go ValidateCertificate): CN must
 * equal the GUN or be a `prefix*` wildcard of it; it must be valid at `at`
 * (with notary's one day of leeway on notBefore); no SHA-1 (or older)
 * signature; RSA keys of at least 2048 bits. Throws {@link RootCertificateError}.
 */
function checkRootCertificate(key, gun, at) {
    let cert;
    try {
        cert = certificateOfKey(key);
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new RootCertificateError(`root key for ${gun} is not a usable certificate: ${reason}`, { cause: err });
    }
    // [N] trustpinning/certs.go validRootLeafCerts: a root key is a leaf; a CA
    // certificate (basicConstraints CA:TRUE) could vouch for other keys.
    if (isCACertificate(key)) {
        throw new RootCertificateError(`root certificate for ${gun} is a CA certificate (basicConstraints CA:TRUE); a root key must be a leaf certificate`);
    }
    const cn = cert.subjectCN ?? '';
    const matches = cn === gun || (cn.endsWith('*') && gun.startsWith(cn.slice(0, -1)));
    if (!matches) {
        throw new RootCertificateError(`root certificate CN "${cn}" does not match GUN ${gun}`);
    }
    if (at.getTime() > cert.notAfter.getTime()) {
        throw new RootCertificateError(`root certificate for ${gun} expired at ${iso(cert.notAfter)}`);
    }
    if (at.getTime() + DAY_MS < cert.notBefore.getTime()) {
        throw new RootCertificateError(`root certificate for ${gun} is not valid before ${iso(cert.notBefore)}`);
    }
    const weak = WEAK_SIGNATURE_OIDS[cert.signatureAlgorithm];
    if (weak)
        throw new RootCertificateError(`root certificate for ${gun} is signed with ${weak}`);
    const info = parseSpki(cert.spki);
    if (info.kind === 'rsa' && info.modulusBits < 2048) {
        throw new RootCertificateError(`root certificate for ${gun} has a ${info.modulusBits}-bit RSA key, expected at least 2048`);
    }
}
/** True when the key's certificate says it is a CA (node's X.509 parser reads basicConstraints). */
function isCACertificate(key) {
    try {
        return new external_node_crypto_namespaceObject.X509Certificate(Buffer.from(key.publicBytes())).ca;
    }
    catch {
        return false; // unparsable here: certificateOfKey already judged the DER
    }
}
function iso(d) {
    return d.toISOString().replace('.000Z', 'Z');
}
function x509_fail(message) {
    throw new errors_KeyFormatError(message);
}

;// CONCATENATED MODULE: ./src/keys/public-key.ts






const public_key_DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Parses a signer's public key file as notary's ParsePEMPublicKey does
 * ([N] tuf/utils/x509.go): `PUBLIC KEY` → `ecdsa`/`rsa` key over the DER as
 * given; `CERTIFICATE` → `ecdsa-x509`/`rsa-x509` whose `public` is the leaf
 * re-encoded as header-less PEM (CertToKey). Certificates signed with SHA-1
 * or holding RSA < 2048 are refused; ed25519 SPKI is refused as docker does.
 */
function parsePublicKeyPem(text, options = {}) {
    const block = parsePemBlocks(decodeKeyInput(text))[0];
    if (block.type === 'PUBLIC KEY') {
        return new Key({
            keyType: keyTypeOf(parseSpki(block.bytes)),
            publicB64: b64(block.bytes),
        });
    }
    if (block.type !== 'CERTIFICATE') {
        throw new errors_KeyFormatError(`PEM block ${block.type} is not a public key or certificate`);
    }
    const cert = parseCertificate(block.bytes);
    const keyType = `${keyTypeOf(parseSpki(cert.spki))}-x509`;
    const cn = cert.subjectCN ?? '';
    const weak = WEAK_SIGNATURE_OIDS[cert.signatureAlgorithm];
    if (weak)
        throw new UnsupportedKeyError(`certificate "${cn}" is signed with ${weak}`);
    const at = options.at?.getTime();
    // notary allows one day of clock skew on notBefore (ValidateCertificate).
    if (at !== undefined &&
        (at > cert.notAfter.getTime() || at + public_key_DAY_MS < cert.notBefore.getTime())) {
        throw new KeyError(`certificate "${cn}" is expired or not yet valid`);
    }
    const pem = encodePem({
        type: 'CERTIFICATE',
        headers: {},
        bytes: block.bytes,
    });
    return new Key({ keyType, publicB64: b64(new TextEncoder().encode(pem)) });
}
/** notary's key type for an SPKI, refusing what docker refuses. */
function keyTypeOf(info) {
    switch (info.kind) {
        case 'ec':
            if (info.curve !== OID.prime256v1) {
                throw new UnsupportedKeyError(`unsupported ECDSA curve ${oidName(info.curve)}: only P-256 is supported`);
            }
            return 'ecdsa';
        case 'rsa':
            if (info.modulusBits < 2048) {
                throw new UnsupportedKeyError(`RSA key of ${info.modulusBits} bits refused, expected at least 2048`);
            }
            return 'rsa';
        case 'ed25519':
            throw new UnsupportedKeyError('ed25519 public keys are not supported as signer keys (docker refuses them too); use an ecdsa key');
        default:
            throw new UnsupportedKeyError(`unsupported public key algorithm ${oidName(info.algorithm)}`);
    }
}
function b64(bytes) {
    return Buffer.from(bytes).toString('base64');
}

;// CONCATENATED MODULE: ./src/keys/root-certificate.ts











/**
 * Makes the self-signed certificate notary wraps a root key in
 * ([N] cryptoservice/certificate.go, tuf/utils/x509.go NewCertificate):
 * X.509 v3, random positive 128-bit serial, Subject = Issuer = CN=<gun>,
 * KeyUsage (critical) digitalSignature + keyEncipherment, EKU codeSigning,
 * BasicConstraints (critical) CA:FALSE, ecdsa-with-SHA256. Returns the
 * `ecdsa-x509` key whose `public` is base64 of the certificate PEM.
 */
async function createRootCertificate(signer, gun, options) {
    if (signer.method !== 'ecdsa' || signer.publicKey.keyType !== 'ecdsa') {
        throw new UnsupportedKeyError(`root certificates need an ecdsa key, got ${signer.publicKey.keyType}`);
    }
    const name = derSequence(derSet(derSequence(derOid(OID.commonName), derDirectoryString(gun))));
    const algorithm = derSequence(derOid(OID.ecdsaWithSHA256));
    const tbs = derSequence(derExplicit(0, derInteger(2)), derInteger(randomSerial()), algorithm, name, derSequence(derTime(options.notBefore), derTime(options.notAfter)), name, signer.publicKey.publicBytes(), derExplicit(3, extensions()));
    // TUF signatures are raw r‖s; X.509 requires DER Ecdsa-Sig-Value (RFC 3279 §2.2.3).
    const raw = await signer.sign(tbs);
    if (raw.length !== 64)
        throw new KeyError(`expected a 64-byte ecdsa signature, got ${raw.length}`);
    const sig = derSequence(derInteger(raw.subarray(0, 32)), derInteger(raw.subarray(32)));
    const der = derSequence(tbs, algorithm, derBitString(sig));
    const pem = encodePem({ type: 'CERTIFICATE', headers: {}, bytes: der });
    return new Key({
        keyType: 'ecdsa-x509',
        publicB64: Buffer.from(pem).toString('base64'),
    });
}
/** The three extensions, in the order Go's x509.CreateCertificate writes them. */
function extensions() {
    const ext = (oid, critical, value) => critical
        ? derSequence(derOid(oid), derBoolean(true), derOctetString(value))
        : derSequence(derOid(oid), derOctetString(value));
    return derSequence(
    // digitalSignature (bit 0) + keyEncipherment (bit 2): 0b101 with 5 unused bits.
    ext(OID.keyUsage, true, derBitString(Uint8Array.of(0xa0), 5)), ext(OID.extKeyUsage, false, derSequence(derOid(OID.codeSigning))), ext(OID.basicConstraints, true, derSequence()));
}
/** 128 random bits, never zero; derInteger adds the 0x00 that keeps it positive. */
function randomSerial() {
    const bytes = new Uint8Array((0,external_node_crypto_namespaceObject.randomBytes)(16));
    bytes[15] |= 1;
    return bytes;
}
/**
 * A signer that files its signatures under the certificate's TUF key ID, as
 * a role listing an `ecdsa-x509`/`rsa-x509` key expects ([N] tuf/signed/sign.go
 * looks the private key up by canonical ID and signs under the role's key ID).
 * The certificate must hold this signer's public key.
 */
function signerForCertificate(signer, certificate) {
    const spki = certificateOfKey(certificate).spki;
    if (signer.algorithm === 'ed25519' ||
        certificate.keyType !== `${signer.algorithm}-x509` ||
        !equalBytes(spki, signer.publicKey.publicBytes())) {
        throw new KeyError(`certificate ${certificate.keyID.slice(0, 12)} does not hold key ${signer.keyID.slice(0, 12)}`);
    }
    const options = { role: signer.role, gun: signer.gun };
    return signer.algorithm === 'rsa'
        ? createRsaSigner(rawKeyOf(signer), options, certificate)
        : createEcdsaSigner(rawKeyOf(signer), options, certificate);
}

;// CONCATENATED MODULE: ./src/keys/verify.ts







/**
 * Checks one notary signature ([N] tuf/signed/verifiers.go): `ecdsa` for
 * `ecdsa`/`ecdsa-x509` keys (P-256, SHA-256, raw r‖s of exactly 64 bytes),
 * `eddsa` for `ed25519`, `rsapss` (SHA-256, MGF1-SHA-256, salt 32) and
 * `rsapkcs1v15` for `rsa`/`rsa-x509` (≥ 2048 bits). Anything else, and any
 * malformed key, is `false`: notary skips such signatures, it does not fail.
 */
const verifySignature = (key, method, data, signature) => {
    try {
        return check(key, method, data, signature);
    }
    catch {
        return false;
    }
};
function check(key, method, data, sig) {
    switch (method) {
        case 'ecdsa': {
            if (key.keyType !== 'ecdsa' && key.keyType !== 'ecdsa-x509')
                return false;
            // Go checks len(sig) == 2*curve size before anything else.
            if (sig.length !== 64)
                return false;
            const info = parseSpki(bareSpki(key));
            if (info.kind !== 'ec' || info.curve !== OID.prime256v1)
                return false;
            return p256Verify(info.point, data, sig);
        }
        case 'eddsa': {
            if (key.keyType !== 'ed25519' || sig.length !== 64)
                return false;
            return ed25519Verify(key.publicBytes(), data, sig);
        }
        case 'rsapss':
        case 'rsapkcs1v15':
            return verifyRsa(key, method, data, sig);
        default:
            return false;
    }
}
function verifyRsa(key, method, data, sig) {
    if (key.keyType !== 'rsa' && key.keyType !== 'rsa-x509')
        return false;
    const spki = bareSpki(key);
    const info = parseSpki(spki);
    if (info.kind !== 'rsa' || info.modulusBits < 2048)
        return false;
    const publicKey = publicKeyFromSpki(spki);
    const padding = method === 'rsapss'
        ? { padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
        : { padding: external_node_crypto_namespaceObject.constants.RSA_PKCS1_PADDING };
    // node:crypto's PSS uses MGF1 with the message digest (SHA-256), as notary does.
    return (0,external_node_crypto_namespaceObject.verify)('sha256', data, { key: publicKey, ...padding }, sig);
}
/** DER SPKI of a bare key, or of the leaf certificate of a `*-x509` key. */
function bareSpki(key) {
    return key.keyType.endsWith('-x509')
        ? certificateOfKey(key).spki
        : key.publicBytes();
}

;// CONCATENATED MODULE: ./src/keys/index.ts
// keys/: key material in, signers and public keys out. Pure: bytes and
// strings in, no files, no env; private material never leaves a signer.










;// CONCATENATED MODULE: ./src/ops/admin/signer-edit.ts




/** docker's signer name rule ([C] cli/command/trust/signer_add.go validSignerName). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** Throws a UsageError unless `name` is a name docker accepts for a signer. */
function checkSignerName(name) {
    if (name === 'releases') {
        throw new errors/* UsageError */.eb('signer name "releases" is reserved (targets/releases holds the released tags); pick another name');
    }
    if (!SIGNER_NAME.test(name) || name.length > 200) {
        throw new errors/* UsageError */.eb(`signer name "${name}" is invalid: use lower-case letters, digits, "_" and "-", starting with a letter or digit`);
    }
}
/** `targets/<name>`. */
function signerRole(name) {
    return `targets/${name}`;
}
/**
 * Adds `keys` to `targets/releases` and `targets/<name>` as `docker trust
 * signer add` stages it ([C] cli/command/trust/sign.go addStagedSigner): a new
 * role gets threshold 1 and paths [""]; an existing one keeps its threshold,
 * merges the keys and gains the "" path if it lacked it.
 */
function addSignerKeys(targets, name, keys) {
    let out = targets;
    for (const role of [RELEASES_ROLE, signerRole(name)]) {
        const existing = out.delegation(role);
        if (!existing) {
            const fresh = new DelegatedRole({
                name: role,
                keyIDs: keys.map((k) => k.keyID),
                threshold: 1,
                paths: [''],
            });
            out = out.withDelegation(fresh, keys);
            continue;
        }
        out = out.withDelegationKeys(role, keys);
        if (!existing.paths.includes('')) {
            const merged = out.delegation(role);
            out = out.withDelegation(merged.with({ paths: [...merged.paths, ''] }));
        }
    }
    return out;
}
/** The key IDs of `targets/<name>`, or a UsageError naming the signers that exist. */
function signerKeyIDs(targets, name, gun) {
    const role = targets.delegation(signerRole(name));
    if (!role) {
        const known = signerNames(targets);
        throw new errors/* UsageError */.eb(`no signer ${name} for repository ${gun} (signers: ${known.length > 0 ? known.join(', ') : 'none'})`);
    }
    return [...role.keyIDs];
}
/** Signer names: the direct delegations of targets other than releases. */
function signerNames(targets) {
    return targets.delegationRoles
        .map((r) => r.name.slice('targets/'.length))
        .filter((n) => n !== 'releases');
}
/**
 * Of `keyIDs`, those no other signer role (than `targets/<name>` and
 * releases) lists: those leave targets/releases with the signer. A key
 * shared with another signer stays, or removing one signer would revoke another.
 */
function keysOnlyOf(targets, name, keyIDs) {
    const others = targets.delegationRoles.filter((r) => r.name !== RELEASES_ROLE && r.name !== signerRole(name));
    return keyIDs.filter((id) => !others.some((r) => r.keyIDs.includes(id)));
}
/**
 * Removes the signer: `targets/<name>` out of targets.json and its own keys
 * out of `targets/releases` (the role stays, possibly with no keys, as
 * docker's `signer remove` leaves it; [C] signer_remove.go).
 */
function removeSignerKeys(targets, name, gun) {
    const ids = keysOnlyOf(targets, name, signerKeyIDs(targets, name, gun));
    let out = targets.withoutDelegation(signerRole(name));
    if (out.delegation(RELEASES_ROLE))
        out = out.withoutDelegationKeys(RELEASES_ROLE, ids);
    return out;
}
/**
 * Replaces the signer's keys with `keys` in `targets/<name>` and in
 * `targets/releases` (old keys another signer shares are kept there).
 */
function rotateSignerKeys(targets, name, keys, gun) {
    const role = signerRole(name);
    const old = signerKeyIDs(targets, name, gun);
    const leaving = keysOnlyOf(targets, name, old).filter((id) => !keys.some((k) => k.keyID === id));
    const current = targets.delegation(role);
    let out = targets.withDelegation(current.with({ keyIDs: keys.map((k) => k.keyID) }), keys);
    if (out.delegation(RELEASES_ROLE)) {
        out = out.withDelegationKeys(RELEASES_ROLE, keys);
        out = out.withoutDelegationKeys(RELEASES_ROLE, leaving);
    }
    return out;
}
/**
 * How many distinct keys of `role` (as `targets` now defines it) have a
 * valid signature on the published file: what a reader would count
 * ([N] tuf/signed/verify.go VerifySignatures).
 */
function validSignatureCount(file, targets, role) {
    const def = targets.delegation(role);
    if (!def)
        return 0;
    const valid = new Set();
    for (const sig of file.signatures) {
        const key = targets.delegationKeys.get(sig.keyID);
        const bytes = base64ToBytes(sig.sigB64);
        if (!key || !bytes || !def.keyIDs.includes(sig.keyID))
            continue;
        if (verifySignature(key, sig.method, file.signedBytes, bytes))
            valid.add(sig.keyID);
    }
    return valid.size;
}
/** Short canonical IDs of keys, for messages and diffs. */
function shortIDs(keys) {
    return [...keys].map((k) => canonicalKeyID(k).slice(0, 12));
}

;// CONCATENATED MODULE: ./src/ops/admin/diff.ts

/**
 * A readable diff of the delegations in targets.json, one line per change:
 * `+ targets/ci  threshold 1  paths ""  keys 1a2b3c4d5e6f`, `- targets/old`,
 * `~ targets/releases  keys +1a2b3c… -9f8e7d…`. Keys by short canonical ID,
 * as docker shows signer keys.
 */
function diffDelegations(before, after) {
    const lines = [];
    const id = (t, keyID) => {
        const key = t.delegationKeys.get(keyID);
        return (key ? x509_canonicalKeyID(key) : keyID).slice(0, 12);
    };
    const describe = (t, r) => `${r.name}  threshold ${r.threshold}  paths ${formatPaths(r.paths)}  keys ${r.keyIDs.map((k) => id(t, k)).join(', ') || '(none)'}`;
    const names = new Set([
        ...(before?.delegationRoles ?? []).map((r) => r.name),
        ...after.delegationRoles.map((r) => r.name),
    ]);
    for (const name of [...names].sort()) {
        const a = before?.delegation(name);
        const b = after.delegation(name);
        if (!a && b)
            lines.push(`+ ${describe(after, b)}`);
        else if (a && !b)
            lines.push(`- ${describe(before, a)}`);
        else if (a && b) {
            const parts = [];
            if (a.threshold !== b.threshold)
                parts.push(`threshold ${a.threshold} -> ${b.threshold}`);
            if (formatPaths(a.paths) !== formatPaths(b.paths)) {
                parts.push(`paths ${formatPaths(a.paths)} -> ${formatPaths(b.paths)}`);
            }
            const added = b.keyIDs
                .filter((k) => !a.keyIDs.includes(k))
                .map((k) => `+${id(after, k)}`);
            const removed = a.keyIDs
                .filter((k) => !b.keyIDs.includes(k))
                .map((k) => `-${id(before, k)}`);
            if (added.length + removed.length > 0)
                parts.push(`keys ${[...added, ...removed].join(' ')}`);
            if (parts.length > 0)
                lines.push(`~ ${name}  ${parts.join('  ')}`);
        }
    }
    return lines;
}
/**
 * Everything a signature on `after` vouches for, not only what changed: one
 * `= ` line per delegation it will list, with every key. A key holder signing
 * a targets.json that a hostile server extended (an extra delegation, an
 * extra key) sees it here before the key is used.
 */
function describeSigned(after, version) {
    const id = (keyID) => {
        const key = after.delegationKeys.get(keyID);
        return (key ? x509_canonicalKeyID(key) : keyID).slice(0, 12);
    };
    const roles = [...after.delegationRoles].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return [
        `= signing targets v${version}: ${roles.length} delegation(s), ${after.targets.size} tag(s) of its own`,
        ...roles.map((r) => `=   ${r.name}  threshold ${r.threshold}  paths ${formatPaths(r.paths)}  keys ${r.keyIDs.map(id).join(', ') || '(none)'}`),
    ];
}
function formatPaths(paths) {
    return paths.length === 0
        ? '(none)'
        : paths.map((p) => JSON.stringify(p)).join(',');
}

;// CONCATENATED MODULE: ./src/ops/admin/expiry.ts
/** notary's default lifetimes (notary-protocol.md §3.3): Go's AddDate, i.e. calendar years. */
function yearsFrom(now, years) {
    const d = new Date(now.getTime());
    d.setUTCFullYear(d.getUTCFullYear() + years);
    d.setUTCMilliseconds(0);
    return d;
}
/** targets and every delegation: now + 3 years. */
function targetsExpiry(now) {
    return yearsFrom(now, 3);
}
/** root.json and the root certificate: now + 10 years. */
function rootExpiry(now) {
    return yearsFrom(now, 10);
}

;// CONCATENATED MODULE: ./src/ops/admin/revoke.ts






/**
 * The roles docker clients take tags from ([C] cli/trust/trust.go
 * ReleasesRole, then targets): a tag still in one of them still verifies.
 */
const RELEASED_ROLES = [RELEASES_ROLE, TARGETS_ROLE];
/**
 * `revoke`: removes tags from the roles that sign them, re-signs each role
 * with a local key of it and returns the files for one upload (targets
 * first, then shallow roles first). docker trust revoke removes the tag from
 * every direct delegation of targets it holds a key for ([C]
 * cli/command/trust/revoke.go, GetSignableRoles); we take every verified role
 * that holds the tag, and refuse when a released role would keep it.
 */
async function applyRevoke(repo, change, options) {
    const tags = revokedTags(repo, change);
    const candidates = rolesHolding(repo, tags, change.roles);
    const diff = [];
    const warnings = [];
    const edits = [];
    for (const { role, removed } of candidates) {
        edits.push({ role, removed });
        for (const tag of removed)
            diff.push(describeRemoval(role, tag));
    }
    if (options.dryRun)
        return { uploads: [], diff, warnings };
    const uploads = [];
    const kept = [];
    for (const { role, removed } of edits) {
        const signers = await roleSigners(role, options.keyring);
        if (signers.length === 0) {
            if (change.roles || RELEASED_ROLES.includes(role.role)) {
                throw new MissingKeyError(`cannot revoke ${removed.join(', ')} from ${role.role} of ${repo.gun}: no key of ${role.role} (${revoke_shortIDs(role).join(', ')}) is in the trust dir; run this where its key is, or import it with dct-sign key import`);
            }
            kept.push(role.role);
            continue;
        }
        let next = role.metadata.signed;
        for (const tag of removed)
            next = next.withoutTarget(tag);
        uploads.push(await signMetadata(next
            .withVersion(next.version + 1)
            .withExpires(targetsExpiry(options.now)), signers, role.metadata.signatures, { keys: role.keys.keys, verifier: verifySignature }));
    }
    for (const role of kept)
        warnings.push(`${role} keeps its entry (no local key of it); docker clients do not trust it once ${RELEASES_ROLE} drops the tag, but notary list still shows it`);
    return {
        uploads,
        diff: diff.filter((d) => !kept.some((r) => d.startsWith(`- ${r} `))),
        warnings,
    };
}
/** The tags to revoke: named ones (each must be signed somewhere), or every released tag. */
function revokedTags(repo, change) {
    if (change.tags !== 'all') {
        for (const tag of change.tags) {
            if (repo.findTarget(tag).length === 0) {
                throw new NotSignedError(`${repo.gun}:${tag} is not signed in any role; nothing to revoke`);
            }
        }
        return [...change.tags];
    }
    const released = new Set(RELEASED_ROLES.flatMap((r) => repo.signedTags().get(r) ?? []));
    if (released.size === 0)
        throw new NotSignedError(`${repo.gun} has no signed tags to remove`);
    return [...released].sort();
}
/** Roles to edit, shallow first, with the tags each loses. */
function rolesHolding(repo, tags, explicit) {
    for (const name of explicit ?? []) {
        if (!repo.role(name)) {
            throw new errors/* UsageError */.eb(`--role ${name} is not a verified role of ${repo.gun} (roles: ${[...repo.roles.keys()].join(', ')})`);
        }
    }
    const names = explicit ?? [...repo.roles.keys()];
    const out = [];
    for (const name of names) {
        const role = repo.role(name);
        const removed = tags.filter((t) => role.metadata.signed.targets.has(t));
        if (removed.length > 0)
            out.push({ role, removed });
    }
    if (out.length === 0) {
        throw new NotSignedError(`${tags.join(', ')} is not signed in ${explicit?.join(', ') ?? 'any role'} of ${repo.gun}; nothing to revoke`);
    }
    // The server sorts uploads this way too; targets (depth 0) comes first.
    const depth = (r) => r.split('/').length;
    return out.sort((a, b) => depth(a.role.role) - depth(b.role.role));
}
/** Local signers of a role, enough for its threshold; none when the key ring holds none. */
async function roleSigners(role, keyring) {
    const signers = [];
    for (const key of role.keys.keys.values()) {
        const signer = await keyring.signerFor([x509_canonicalKeyID(key)], role.role);
        if (!signer)
            continue;
        // A role that lists a certificate is signed under the certificate's ID.
        signers.push(key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer);
        if (signers.length >= role.keys.threshold)
            return signers;
    }
    if (signers.length > 0) {
        throw new MissingKeyError(`${role.role} needs ${role.keys.threshold} keys to sign; the trust dir holds ${signers.length}`);
    }
    return signers;
}
function describeRemoval(role, tag) {
    const meta = role.metadata.signed.targets.get(tag);
    return `- ${role.role}  ${tag}  sha256:${meta.sha256Hex ?? '?'}  ${meta.length} bytes`;
}
function revoke_shortIDs(role) {
    return [...role.keys.keys.values()].map((k) => x509_canonicalKeyID(k).slice(0, 12));
}

;// CONCATENATED MODULE: ./src/ops/admin/apply-change.ts









/** What an applied change will publish, before it is uploaded (online or staged in a bundle). */
function changeResult(gun, applied) {
    return {
        gun,
        initialised: false,
        roles: applied.uploads.map((u) => ({
            role: u.role,
            version: u.signed.version,
        })),
        diff: applied.diff,
        warnings: applied.warnings,
        published: false,
    };
}
/**
 * Applies one signer change to a verified repository and signs the result:
 * targets.json with the repository (targets) key, and for a rotation with a
 * new private key, the signer's published roles with the new key. Refuses
 * (SignerRemovalError) to leave `targets/releases` below its threshold unless
 * `force`. Pure apart from the key ring.
 */
async function applySignerChange(repo, change, options) {
    if (change.kind === 'revoke')
        return applyRevoke(repo, change, options);
    const before = repo.targets.metadata.signed;
    const after = editTargets(before, change, repo.gun);
    const warnings = checkReleases(repo, after, change);
    const diff = diffDelegations(before, after);
    if (diff.length === 0)
        diff.push('(no change to targets.json: the keys are already there)');
    const resign = change.kind === 'rotate' && change.newSigner
        ? resignedRoles(repo, after, change.name)
        : [];
    for (const r of resign) {
        diff.push(`^ ${r}  re-signed with the new key (its tags keep verifying)`);
    }
    diff.push(...describeSigned(after, before.version + 1));
    if (options.dryRun)
        return { uploads: [], diff, warnings };
    const signers = await targetsSigners(repo, options.keyring);
    const uploads = [
        await signMetadata(after
            .withVersion(before.version + 1)
            .withExpires(targetsExpiry(options.now)), signers, repo.targets.metadata.signatures, {
            keys: repo.root.signed.roleKeys(TARGETS_ROLE).keys,
            verifier: verifySignature,
        }),
    ];
    for (const role of resign) {
        const file = repo.role(role).metadata;
        const keys = after.roleKeys(role).keys;
        uploads.push(await signMetadata(file.signed
            .withVersion(file.signed.version + 1)
            .withExpires(targetsExpiry(options.now)), [change.newSigner], file.signatures, { keys, verifier: verifySignature }));
    }
    return { uploads, diff, warnings };
}
function editTargets(targets, change, gun) {
    switch (change.kind) {
        case 'add':
            return addSignerKeys(targets, change.name, change.keys);
        case 'remove':
            return removeSignerKeys(targets, change.name, gun);
        case 'rotate':
            checkNewSigner(change.keys, change.newSigner);
            return rotateSignerKeys(targets, change.name, change.keys, gun);
    }
}
/** The new private key must be one of the new public keys (compared by canonical ID). */
function checkNewSigner(keys, signer) {
    if (!signer)
        return;
    if (!keys.some((k) => x509_canonicalKeyID(k) === signer.keyID)) {
        throw new errors/* UsageError */.eb(`--new-private holds key ${signer.keyID.slice(0, 12)}, which is not one of the --key public keys (${keys.map((k) => x509_canonicalKeyID(k).slice(0, 12)).join(', ')})`);
    }
}
/** The signer's roles that are published and verified: those a rotation re-signs. */
function resignedRoles(repo, after, name) {
    return [RELEASES_ROLE, signerRole(name)].filter((r) => repo.role(r) && after.delegation(r));
}
/**
 * After the change, would `targets/releases` still verify? Counted over the
 * signatures on the published file from keys that stay. When a rotation
 * re-signs it, the new version carries only the new key's signature: the
 * others signed the old bytes and no longer verify. Below threshold, docker
 * clients skip the role (a warning) and fall back to tags in `targets`
 * (notary-protocol.md §9.12).
 */
function checkReleases(repo, after, change) {
    const file = repo.role(RELEASES_ROLE)?.metadata;
    const def = after.delegation(RELEASES_ROLE);
    if (!file || !def || change.kind === 'add')
        return [];
    const resigned = change.kind === 'rotate' && change.newSigner !== undefined;
    const valid = resigned ? 1 : validSignatureCount(file, after, RELEASES_ROLE);
    if (valid >= def.threshold)
        return [];
    const tags = file.signed.targets.size;
    const fallback = [...repo.targets.metadata.signed.targets.keys()];
    const message = `${RELEASES_ROLE} of ${repo.gun} would be signed by ${valid}/${def.threshold} of its remaining keys: ` +
        `its ${tags} tag(s) would stop verifying and docker clients would fall back to the tags in targets ` +
        `(${fallback.length > 0 ? fallback.join(', ') : 'none'})`;
    if (!change.force) {
        const hint = resigned
            ? "re-signing gives a new version that the other signers' signatures do not cover; have them sign again after the rotation, or pass --force to accept"
            : change.kind === 'rotate'
                ? 'pass --new-private NEW.key to re-sign it with the new key, or --force to accept'
                : 'have another signer sign a tag first (dct-sign or docker trust sign), or pass --force to accept';
        throw new SignerRemovalError(`refusing: ${message}; ${hint}`);
    }
    return [`${message} (--force)`];
}
/**
 * Signers for targets.json: the local keys of root's targets role (found by
 * canonical ID, as notary looks keys up), enough for its threshold.
 */
async function targetsSigners(repo, keyring) {
    const role = repo.root.signed.roleKeys(TARGETS_ROLE);
    const signers = [];
    for (const key of role.keys.values()) {
        const signer = await keyring.signerFor([x509_canonicalKeyID(key)], TARGETS_ROLE);
        if (!signer)
            continue;
        signers.push(key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer);
        if (signers.length >= role.threshold)
            return signers;
    }
    const wanted = [...role.keys.values()]
        .map((k) => x509_canonicalKeyID(k).slice(0, 12))
        .join(', ');
    throw new MissingKeyError(`the repository (targets) key of ${repo.gun} is not in the trust dir (wanted ${wanted}, threshold ${role.threshold}); ` +
        'run this where the key holder keeps it (docker: ~/.docker/trust, or pass --trust-dir), or import it with dct-sign key import');
}

;// CONCATENATED MODULE: ./src/ops/admin/init-repository.ts



/**
 * Initialises a repository as docker does on its first `trust signer add`
 * ([C] cli/trust/trust.go + [N] client.Initialize with server-managed
 * snapshot): the root key (the key ring's choice: first local root key or a
 * new one) wrapped in an X.509 certificate CN=GUN valid 10 years; a new
 * targets key; snapshot and timestamp keys held by the server. root v1
 * expires in 10 years, targets v1 in 3 (notary-protocol.md §3.3).
 */
async function createRepository(client, keyring, edit, now) {
    const gun = client.gun;
    // Server keys first: without push access this fails before any key is made.
    const snapshotKey = await client.getServerKey('snapshot');
    const timestampKey = await client.getServerKey('timestamp');
    const rootSigner = await keyring.rootSigner();
    const notAfter = rootExpiry(now);
    const certificate = await createRootCertificate(rootSigner, gun, {
        notBefore: now,
        notAfter,
    });
    const targetsSigner = await keyring.createKey('targets', gun);
    const entries = [
        ['root', certificate],
        ['targets', targetsSigner.publicKey],
        ['snapshot', snapshotKey],
        ['timestamp', timestampKey],
    ];
    const root = new Root({
        version: 1,
        expires: formatExpires(notAfter),
        keys: new Map(entries.map(([, k]) => [k.keyID, k])),
        roles: new Map(entries.map(([role, k]) => [
            role,
            new RootRole({ keyIDs: [k.keyID], threshold: 1 }),
        ])),
    });
    const targets = edit(new Targets({ version: 1, expires: formatExpires(targetsExpiry(now)) }));
    return {
        root: await signMetadata(root, [
            signerForCertificate(rootSigner, certificate),
        ]),
        targets: await signMetadata(targets, [targetsSigner]),
        createdKeys: [
            { role: 'root', keyID: x509_canonicalKeyID(certificate) },
            { role: 'targets', keyID: targetsSigner.keyID },
        ],
    };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/net/errors.ts

/** A request that could not be completed: refused, reset, DNS, TLS, timeout. */
class NetworkError extends errors/* SignerError */.nw {
    retryable;
    constructor(message, retryable, options) {
        super(message, options);
        this.retryable = retryable;
    }
}
/** A response larger than we allow for that kind of document (endless-data defence). */
class ResponseTooLargeError extends errors/* SignerError */.nw {
}
/** A 3xx answer: we never follow redirects, so a server cannot send us to another host. */
class RedirectError extends errors/* SignerError */.nw {
}
/** The server asked for credentials we do not have, or refused the ones we sent. */
class AuthError extends errors/* SignerError */.nw {
}
/**
 * A non-success HTTP answer, with notary's / the registry's JSON error parsed:
 * message reads `(<status>) <server message>` (sigstore-js external/error.ts style).
 */
class HTTPError extends errors/* SignerError */.nw {
    status;
    method;
    path;
    code;
    serverMessage;
    detail;
    constructor(status, method, path, code, serverMessage, detail) {
        super(`${method} ${path}: (${status}) ${serverMessage}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.code = code;
        this.serverMessage = serverMessage;
        this.detail = detail;
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/net/challenge.ts
/**
 * Parses `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (RFC 7235
 * auth-params, as docker/distribution registry/client/auth/challenge reads
 * them). A bare token starts a new challenge; `name=value` adds a parameter.
 */
function parseChallenges(header) {
    const out = [];
    let i = 0;
    const skip = (chars) => {
        while (i < header.length && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        skip(/[^\s,=]/);
        return header.slice(start, i);
    };
    while (i < header.length) {
        skip(/[\s,]/);
        const name = token();
        if (name === '')
            break;
        skip(/\s/);
        if (header[i] !== '=') {
            out.push({ scheme: name.toLowerCase(), params: {} });
            continue;
        }
        i++; // '='
        skip(/\s/);
        let value = '';
        if (header[i] === '"') {
            i++;
            while (i < header.length && header[i] !== '"') {
                if (header[i] === '\\')
                    i++;
                value += header[i] ?? '';
                i++;
            }
            i++; // closing quote
        }
        else {
            value = token();
        }
        const last = out.at(-1);
        if (last)
            last.params[name.toLowerCase()] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/net/auth.ts


/**
 * Wraps a transport with the registry token flow that docker and notary use
 * (notary-protocol.md §2; docker/distribution registry/client/auth/session.go):
 * send; on 401 read the challenge; Bearer → fetch a token from `realm` with our
 * own scopes (the challenge's scope is ignored, as docker does) and Basic
 * credentials; Basic → send credentials; retry once. One token per origin is
 * shared by concurrent requests.
 */
function withTokenAuth(inner, options) {
    const authByOrigin = new Map();
    const authorize = async (origin, challenge) => {
        // Neither a password (Basic) nor a token (Bearer) goes in clear text to
        // a host off this machine: anyone on the path could replay it.
        const url = new URL(origin);
        if (url.protocol !== 'https:' && !isLoopback(url.hostname)) {
            throw new AuthError(`refusing to send credentials to ${origin} over plain http: use its https:// URL (only loopback hosts may use http)`);
        }
        if (challenge.scheme === 'basic')
            return basicHeader(origin, options.credentials);
        if (challenge.scheme !== 'bearer') {
            throw new AuthError(`${origin} asks for unsupported ${challenge.scheme} authentication`);
        }
        const token = await fetchToken(inner, origin, challenge, options);
        options.onSecret?.(token);
        return `Bearer ${token}`;
    };
    return {
        get requestCount() {
            return inner.requestCount;
        },
        close: () => inner.close?.(),
        async request(req) {
            const origin = new URL(req.url).origin;
            const cached = authByOrigin.get(origin);
            const withAuth = async (header) => inner.request(header
                ? { ...req, headers: { ...req.headers, authorization: header } }
                : req);
            let res = await withAuth(cached ? await cached.catch(() => undefined) : undefined);
            if (res.status !== 401)
                return res;
            const challenge = pickChallenge(res.headers['www-authenticate']);
            if (!challenge)
                return res;
            // A stale cached token or none at all: (re)authorize once for this origin.
            let pending = authByOrigin.get(origin);
            if (!pending || pending === cached) {
                pending = authorize(origin, challenge);
                authByOrigin.set(origin, pending);
            }
            res = await withAuth(await pending);
            if (res.status === 401 || res.status === 403) {
                const insufficient = /insufficient_scope/.test(res.headers['www-authenticate'] ?? '');
                throw new AuthError(`${req.method} ${new URL(req.url).pathname}: (${res.status}) ${insufficient
                    ? `the credentials lack the ${options.scopes.join(' ')} permission`
                    : options.credentials
                        ? 'the server refused the credentials'
                        : 'authentication required; pass username and password'}`);
            }
            return res;
        },
    };
}
function pickChallenge(header) {
    if (!header)
        return undefined;
    const all = parseChallenges(header);
    return (all.find((c) => c.scheme === 'bearer') ??
        all.find((c) => c.scheme === 'basic'));
}
function basicHeader(origin, credentials) {
    if (!credentials) {
        throw new AuthError(`${origin} requires a username and password (basic auth)`);
    }
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
async function fetchToken(inner, origin, challenge, options) {
    const realm = challenge.params.realm;
    if (!realm)
        throw new AuthError(`${origin} sent a Bearer challenge without a realm`);
    const url = new URL(realm);
    if (url.protocol !== 'https:' &&
        !isLoopback(url.hostname) &&
        options.credentials) {
        // Never send a password in clear text to a token service off this machine.
        throw new AuthError(`refusing to send credentials to ${url.origin}: the token realm is not https`);
    }
    if (challenge.params.service)
        url.searchParams.set('service', challenge.params.service);
    for (const scope of options.scopes)
        url.searchParams.append('scope', scope);
    const headers = { accept: 'application/json' };
    if (options.credentials) {
        url.searchParams.set('account', options.credentials.username);
        headers.authorization = basicHeader(origin, options.credentials);
    }
    const res = await inner.request({
        method: 'GET',
        url: url.toString(),
        headers,
        maxBytes: 1 << 20,
    });
    if (res.status === 401 || res.status === 403) {
        throw new AuthError(`token service ${url.origin}${url.pathname}: (${res.status}) ${options.credentials
            ? 'the credentials were refused'
            : 'credentials are required'}`);
    }
    if (res.status !== 200) {
        throw new HTTPError(res.status, 'GET', `${url.origin}${url.pathname}`, undefined, 'token request failed', undefined);
    }
    let body;
    try {
        body = JSON.parse(Buffer.from(res.body).toString('utf8'));
    }
    catch {
        throw new AuthError(`token service ${url.origin}${url.pathname} answered with invalid JSON`);
    }
    const record = (typeof body === 'object' && body !== null ? body : {});
    // `access_token` wins over `token` (docker/distribution auth/session.go).
    const token = record.access_token ?? record.token;
    if (typeof token !== 'string' || token === '') {
        throw new AuthError(`token service ${url.origin}${url.pathname} returned no token`);
    }
    return token;
}
/** True for 127.0.0.0/8, ::1 and localhost. */
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

;// CONCATENATED MODULE: ./src/net/proxy.ts



/** A proxy URL that cannot be used: names the variable, never its credentials. */
class ProxyConfigError extends NetworkError {
    constructor(message) {
        super(message, false);
    }
}
/**
 * Parses a proxy variable as Go's httpproxy does: a value without a scheme
 * is `http://` + value. Only http:// proxies are supported (what corporate
 * proxies, squid and tinyproxy speak); https:// and socks5:// are refused.
 */
function proxy_parseProxyURL(value, name) {
    const text = value.includes('://') ? value : `http://${value}`;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new ProxyConfigError(`${name}: not a proxy URL; use http://host:port`);
    }
    const display = `${url.protocol}//${url.host}`;
    if (url.protocol !== 'http:') {
        throw new ProxyConfigError(`${name}: ${display}: only http:// proxies are supported`);
    }
    const route = {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: Number(url.port || 80),
        display,
    };
    if (url.username || url.password) {
        const user = decodeURIComponent(url.username);
        const pass = decodeURIComponent(url.password);
        route.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    }
    return route;
}
/** Throws {@link ProxyConfigError} for a proxy URL that cannot be used. */
function checkProxyConfig(config) {
    if (config.httpsProxy)
        proxy_parseProxyURL(config.httpsProxy, 'HTTPS_PROXY');
    if (config.httpProxy)
        proxy_parseProxyURL(config.httpProxy, 'HTTP_PROXY');
}
/**
 * The proxy for `target`, or undefined to connect directly, by the rules of
 * Go's golang.org/x/net/http/httpproxy (what docker and notary use) and
 * @actions/http-client: loopback is never proxied; NO_PROXY `*` turns proxies
 * off; an entry matches the host itself and its subdomains (`.example.com`
 * and `*.example.com` only the subdomains), an IP or CIDR the address, and
 * an entry with a port only that port.
 */
function proxyFor(target, config) {
    const [value, name] = target.protocol === 'https:'
        ? [config.httpsProxy, 'HTTPS_PROXY']
        : [config.httpProxy, 'HTTP_PROXY'];
    if (!value)
        return undefined;
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (isLoopback(host))
        return undefined;
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    if (bypassed(host, port, config.noProxy ?? ''))
        return undefined;
    return proxy_parseProxyURL(value, name);
}
function bypassed(host, port, noProxy) {
    for (const raw of noProxy.split(',')) {
        const entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        if (entry.includes('/')) {
            if (inCidr(host, entry))
                return true;
            continue;
        }
        const { name, entryPort } = splitHostPort(entry);
        if (entryPort && entryPort !== port)
            continue;
        if ((0,external_node_net_namespaceObject.isIP)(name)) {
            if (name === host)
                return true;
            continue;
        }
        // "*.a.com" and ".a.com": subdomains only; "a.com": itself too.
        const suffix = name.startsWith('*.') ? name.slice(1) : name;
        if (suffix.startsWith('.')) {
            if (host.endsWith(suffix))
                return true;
        }
        else if (host === suffix || host.endsWith(`.${suffix}`)) {
            return true;
        }
    }
    return false;
}
function splitHostPort(entry) {
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    if (v6)
        return { name: v6[1], entryPort: v6[2] };
    if ((0,external_node_net_namespaceObject.isIP)(entry) === 6)
        return { name: entry };
    const m = /^(.*):(\d+)$/.exec(entry);
    return m ? { name: m[1], entryPort: m[2] } : { name: entry };
}
function inCidr(host, cidr) {
    const family = (0,external_node_net_namespaceObject.isIP)(host);
    const [net, bits] = cidr.split('/');
    if (!family || (0,external_node_net_namespaceObject.isIP)(net) !== family || !/^\d+$/.test(bits))
        return false;
    const list = new external_node_net_namespaceObject.BlockList();
    try {
        list.addSubnet(net, Number(bits), family === 6 ? 'ipv6' : 'ipv4');
    }
    catch {
        return false;
    }
    return list.check(host, family === 6 ? 'ipv6' : 'ipv4');
}

;// CONCATENATED MODULE: ./src/net/tunnel.ts



/** Largest CONNECT answer header we read before giving up on the proxy. */
const MAX_CONNECT_HEADER = 16 * 1024;
/**
 * A failure at the proxy (cannot connect, CONNECT refused): its message names
 * the proxy (never its credentials) and is final; the code marks it for the
 * transport, which neither rewords nor retries it.
 */
class ProxyTunnelError extends Error {
    code = 'EPROXY';
}
/**
 * An https Agent whose connections go through an HTTP proxy's CONNECT tunnel.
 * TLS runs end to end with the origin inside the tunnel, with the agent's own
 * options (its secure context, so a trust-server-ca pin holds, and the
 * origin's name for SNI and the certificate check): the proxy sees only the
 * host and port it is asked to connect to.
 */
class TunnelAgent extends external_node_https_namespaceObject.Agent {
    route;
    constructor(options, route) {
        super(options);
        this.route = route;
    }
    createConnection(options, callback) {
        openTunnel(this.route, options).then((socket) => {
            const secure = external_node_tls_namespaceObject.connect({
                ...options,
                socket,
                servername: options.servername ?? serverName(options.host),
            });
            callback?.(null, secure);
        }, (err) => callback?.(err, undefined));
        return undefined;
    }
}
function serverName(host) {
    // SNI carries names only, never IP addresses (RFC 6066 §3).
    return host && !external_node_net_namespaceObject.isIP(host) ? host : undefined;
}
/** Connects to the proxy and asks it for a tunnel to the request's origin. */
function openTunnel(route, options) {
    const host = options.host ?? 'localhost';
    const authority = `${external_node_net_namespaceObject.isIP(host) === 6 ? `[${host}]` : host}:${options.port ?? 443}`;
    return new Promise((resolve, reject) => {
        const socket = external_node_net_namespaceObject.connect({ host: route.host, port: route.port });
        let header = '';
        const fail = (message) => {
            socket.destroy();
            reject(new ProxyTunnelError(message));
        };
        socket.once('error', (err) => fail(`cannot connect to the proxy ${route.display} (${err.code ?? err.message}); check HTTPS_PROXY and NO_PROXY`));
        socket.once('connect', () => {
            const auth = route.authorization
                ? `Proxy-Authorization: ${route.authorization}\r\n`
                : '';
            socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
        });
        const onData = (chunk) => {
            header += chunk.toString('latin1');
            const end = header.indexOf('\r\n\r\n');
            if (end < 0) {
                if (header.length > MAX_CONNECT_HEADER)
                    fail(`the proxy ${route.display} sent an oversized answer`);
                return;
            }
            socket.off('data', onData);
            const status = /^HTTP\/1\.[01] (\d{3})(.*)$/m.exec(header);
            if (status?.[1] !== '200') {
                const line = status ? `${status[1]}${status[2]}`.trim() : 'no answer';
                fail(`the proxy ${route.display} refused to connect to ${authority} (${line})`);
                return;
            }
            // Anything after the header belongs to the TLS stream: give it back.
            const rest = Buffer.from(header.slice(end + 4), 'latin1');
            if (rest.length)
                socket.unshift(rest);
            socket.removeAllListeners('error');
            socket.off('end', onEnd);
            resolve(socket);
        };
        const onEnd = () => fail(`the proxy ${route.display} closed the connection`);
        socket.on('data', onData);
        socket.once('end', onEnd);
    });
}

;// CONCATENATED MODULE: ./src/net/transport.ts






const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * node:http(s) transport with keep-alive agents, so a run pays one TCP + TLS
 * handshake per host (notary 0.7 disables keep-alive and pays one per request).
 * Redirects are refused, bodies are size-capped, timeouts are enforced.
 */
function createNodeTransport(options = {}) {
    if (options.proxy)
        checkProxyConfig(options.proxy);
    const httpAgent = new external_node_http_namespaceObject.Agent(KEEP_ALIVE);
    const proxyAgent = new external_node_http_namespaceObject.Agent(KEEP_ALIVE);
    const agents = httpsAgents(options);
    let count = 0;
    return {
        get requestCount() {
            return count;
        },
        request(req) {
            count++;
            // Cannot throw: the proxy URLs were checked when the transport was made.
            const route = options.proxy && URL.canParse(req.url)
                ? proxyFor(new URL(req.url), options.proxy)
                : undefined;
            const agent = req.url.startsWith('https:')
                ? agents.forURL(req.url, route)
                : route
                    ? proxyAgent
                    : httpAgent;
            return send(req, agent, options, route);
        },
        close() {
            httpAgent.destroy();
            proxyAgent.destroy();
            agents.destroy();
        },
    };
}
const KEEP_ALIVE = { keepAlive: true, maxSockets: 8 };
/**
 * The https agents, one secure context each, made on first use. A private CA
 * with system roots costs ~25 ms of certificate parsing (node parses the ~140
 * roots again for `ca: [...rootCertificates, ca]`); a context with the private
 * CA alone costs ~1 ms. So the trust server, the origin the CA is for, gets the
 * cheap pinned context, and the combined one is built only if another https
 * origin is contacted.
 */
function httpsAgents(options) {
    const made = new Map();
    const { ca } = options;
    const contexts = {
        system: () => undefined,
        // `ca` as an option replaces node's default store (system roots and
        // NODE_EXTRA_CA_CERTS), so both are added back; node 20 has no API that
        // lists the extra certificates, so the glue reads that file for us.
        extended: () => (0,external_node_tls_namespaceObject.createSecureContext)({
            ca: [...external_node_tls_namespaceObject.rootCertificates, ...(options.extraCA ?? []), ca ?? ''],
        }),
        pinned: () => (0,external_node_tls_namespaceObject.createSecureContext)({ ca: ca ?? '' }),
    };
    const agent = (kind, route) => {
        const name = `${kind} ${route?.display ?? 'direct'}`;
        let found = made.get(name);
        if (!found) {
            const secureContext = contexts[kind]();
            const agentOptions = secureContext
                ? { ...KEEP_ALIVE, secureContext }
                : KEEP_ALIVE;
            found = route
                ? new TunnelAgent(agentOptions, route)
                : new external_node_https_namespaceObject.Agent(agentOptions);
            made.set(name, found);
        }
        return found;
    };
    const pinnedOrigin = options.caOrigin && originOf(options.caOrigin);
    return {
        forURL(url, route) {
            if (ca === undefined)
                return agent('system', route);
            return agent(pinnedOrigin && originOf(url) === pinnedOrigin ? 'pinned' : 'extended', route);
        },
        destroy: () => made.forEach((a) => a.destroy()),
    };
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return undefined;
    }
}
/** Host and path of a URL without userinfo or query, for error messages. */
function describeURL(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '<invalid URL>';
    }
}
function send(req, agent, options, route) {
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? 30_000;
    const where = `${req.method} ${describeURL(req.url)}`;
    // Checked here: node's request() throws synchronously for other schemes.
    const protocol = URL.canParse(req.url) ? new URL(req.url).protocol : '';
    if (protocol !== 'http:' && protocol !== 'https:') {
        return Promise.reject(new NetworkError(`${where}: not an http(s) URL; use https://host[:port]`, false));
    }
    const lib = protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
    const headers = { ...req.headers };
    if (options.userAgent)
        headers['user-agent'] ??= options.userAgent;
    if (req.body)
        headers['content-length'] = String(req.body.length);
    return new Promise((resolve, reject) => {
        let done = false;
        // eslint-disable-next-line prefer-const -- fail() may run before it is assigned
        let request;
        const fail = (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            request?.destroy();
            reject(err);
        };
        const timer = setTimeout(() => fail(new NetworkError(`${where}: no answer within ${timeoutMs} ms`, true)), timeoutMs);
        request = lib.request(...target(req, headers, agent, protocol, route), (res) => {
            const status = res.statusCode ?? 0;
            if (status >= 300 && status < 400) {
                res.resume();
                fail(new RedirectError(`${where}: the server redirected (${status}); refusing to follow redirects`));
                return;
            }
            // A HEAD answer's Content-Length describes the GET body; it has none itself.
            const declared = req.method === 'HEAD'
                ? NaN
                : Number(res.headers['content-length'] ?? NaN);
            if (declared > maxBytes) {
                fail(new ResponseTooLargeError(`${where}: response of ${declared} bytes exceeds the ${maxBytes}-byte limit`));
                return;
            }
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBytes) {
                    fail(new ResponseTooLargeError(`${where}: response exceeds the ${maxBytes}-byte limit`));
                    return;
                }
                chunks.push(chunk);
            });
            res.on('error', (err) => fail(new NetworkError(`${where}: ${err.message}`, true, { cause: err })));
            res.on('end', () => {
                if (done)
                    return;
                done = true;
                clearTimeout(timer);
                const flat = {};
                for (const [k, v] of Object.entries(res.headers)) {
                    if (v !== undefined)
                        flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
                }
                // A plain Uint8Array view of the one concatenated copy.
                const body = Buffer.concat(chunks);
                resolve({
                    status,
                    headers: flat,
                    body: new Uint8Array(body.buffer, body.byteOffset, body.length),
                });
            });
        });
        request.on('error', (err) => {
            fail(new NetworkError(`${where}: ${networkReason(err, route)}`, isRetryable(err), { cause: err }));
        });
        if (req.body)
            request.write(req.body);
        request.end();
    });
}
/**
 * Where a request goes: the origin itself, or for plain http through a proxy
 * the proxy, with the absolute URL as the request target (RFC 9112 §3.2.2).
 * https through a proxy goes to the origin: its agent opens the tunnel.
 */
function target(req, headers, agent, protocol, route) {
    const options = { method: req.method, headers, agent };
    if (!route || protocol !== 'http:')
        return [req.url, options];
    const url = new URL(req.url);
    url.username = '';
    url.password = '';
    url.hash = '';
    const proxied = { ...headers, host: url.host };
    if (route.authorization)
        proxied['proxy-authorization'] = route.authorization;
    return [
        `http://${route.host.includes(':') ? `[${route.host}]` : route.host}:${route.port}`,
        { ...options, path: url.href, headers: proxied },
    ];
}
function networkReason(err, route) {
    if (err.code === 'EPROXY')
        return err.message;
    if (route &&
        ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(err.code ?? '')) {
        return `cannot connect to the proxy ${route.display} (${err.code}); check HTTP_PROXY and NO_PROXY`;
    }
    switch (err.code) {
        case 'ECONNREFUSED':
            return 'connection refused (is the server running and the URL right?)';
        case 'ENOTFOUND':
            return 'host not found (check the URL)';
        case 'ECONNRESET':
            return 'connection reset by the server';
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'SELF_SIGNED_CERT_IN_CHAIN':
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
            return `TLS certificate not trusted (${err.code}); pass the server's CA (trust-server-ca)`;
        case 'ERR_TLS_CERT_ALTNAME_INVALID':
            return 'TLS certificate does not match the host name';
        default:
            return err.message;
    }
}
function isRetryable(err) {
    return [
        'ECONNRESET',
        'ECONNREFUSED',
        'EPIPE',
        'ETIMEDOUT',
        'EAI_AGAIN',
        'ECONNABORTED',
    ].includes(err.code ?? '');
}

;// CONCATENATED MODULE: ./src/net/retry.ts

/**
 * Retries idempotent requests (GET, HEAD) on network failures, timeouts and
 * 5xx answers with bounded, jittered exponential backoff. POST is never
 * retried here: a publish that may have landed is re-checked by ops/ instead.
 */
function withRetries(inner, options = {}) {
    const retries = options.retries ?? 3;
    const base = options.baseDelayMs ?? 200;
    const sleep = options.sleep ??
        ((ms) => new Promise((r) => setTimeout(r, ms)));
    return {
        get requestCount() {
            return inner.requestCount;
        },
        close: () => inner.close?.(),
        async request(req) {
            const idempotent = req.method === 'GET' || req.method === 'HEAD';
            for (let attempt = 0;; attempt++) {
                const last = !idempotent || attempt >= retries;
                let reason;
                try {
                    const res = await inner.request(req);
                    if (res.status < 500 || last)
                        return res;
                    reason = `HTTP ${res.status}`;
                }
                catch (err) {
                    if (last || !(err instanceof NetworkError) || !err.retryable)
                        throw err;
                    reason = err.message;
                }
                options.onRetry?.(`${req.method} ${new URL(req.url).pathname}`, attempt + 1, reason);
                await sleep(Math.random() * base * 2 ** attempt);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/net/index.ts
// net/: HTTP plumbing shared by notary/ and registry/: the Transport port, the
// default node:https implementation, token auth, and the error classes.







;// CONCATENATED MODULE: ./src/notary/errors.ts

/**
 * An error answer from notary-server, with its registry-style JSON body parsed:
 * `{"errors":[{"code","message","detail"}]}` ([N] server/errors/errors.go).
 * The whole body is read, unlike notary's own 1 KiB limit (notary-protocol.md §9.16).
 */
class NotaryHTTPError extends HTTPError {
}
/** Codes notary-server answers with, from [N] server/errors/errors.go. */
const NOTARY_CODES = {
    notFound: 'METADATA_NOT_FOUND',
    version: 'VERSION',
    updating: 'UPDATING',
    invalidUpdate: 'INVALID_UPDATE',
    invalidRole: 'INVALID_ROLE',
    invalidGun: 'INVALID_GUN',
    malformedJSON: 'MALFORMED_JSON',
    unauthorized: 'UNAUTHORIZED',
};
/** Parses a notary / registry error body into code, message and detail. */
function parseErrorBody(body) {
    try {
        const parsed = JSON.parse(Buffer.from(body).toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first)
            return {};
        return {
            code: typeof first.code === 'string' ? first.code : undefined,
            message: typeof first.message === 'string' ? first.message : undefined,
            detail: first.detail,
        };
    }
    catch {
        return {};
    }
}
/** Human text for an INVALID_UPDATE detail: `{"Name":"ErrBadTargets","Error":{"Msg":…}}`. */
function describeDetail(detail) {
    if (typeof detail === 'string')
        return detail;
    if (typeof detail !== 'object' || detail === null)
        return undefined;
    const d = detail;
    const msg = d.Error?.Msg;
    if (typeof msg === 'string')
        return typeof d.Name === 'string' ? `${d.Name}: ${msg}` : msg;
    return undefined;
}

;// CONCATENATED MODULE: ./src/notary/client.ts



/** Size caps per document ([N] client/tufclient.go: root 100 MiB, timestamp 1 MiB). */
const MAX_BYTES = {
    root: 10 * 1024 * 1024,
    timestamp: 1024 * 1024,
    default: 64 * 1024 * 1024,
};
/**
 * The notary-server HTTP API for one GUN (notary-protocol.md §1): metadata by
 * current name, checksum or version; server-held keys; the atomic multipart
 * upload. Speaks bytes only: parsing and trust decisions belong to tuf/ and ops/.
 */
class NotaryClient {
    gun;
    serverUrl;
    transport;
    constructor(options) {
        this.gun = options.gun;
        this.serverUrl = options.serverUrl.replace(/\/+$/, '');
        this.transport = options.transport;
    }
    url(tail) {
        return `${this.serverUrl}/v2/${this.gun}/_trust/tuf/${tail}`;
    }
    /**
     * GET a role file: current version, or by sha256 (hex) when given, as notary
     * fetches everything but timestamp ([N] client/tufclient.go). `undefined` on 404.
     */
    async getRole(role, options = {}) {
        const name = options.sha256
            ? `${role}.${options.sha256}.json`
            : `${role}.json`;
        const maxBytes = options.maxBytes ??
            MAX_BYTES[role] ??
            MAX_BYTES.default;
        const res = await this.transport.request({
            method: 'GET',
            url: this.url(name),
            maxBytes,
        });
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            throw this.error('GET', name, res);
        return res.body;
    }
    /** GET `<version>.root.json`, for walking a root rotation chain. */
    async getRootVersion(version) {
        return this.getRole(`${version}.root`, { maxBytes: MAX_BYTES.root });
    }
    /**
     * GET the server-held public key of `timestamp` or `snapshot`. Needs push
     * scope, and creates the key if the server has none ([N] server/handlers/default.go).
     */
    async getServerKey(role) {
        const name = `${role}.key`;
        const res = await this.transport.request({
            method: 'GET',
            url: this.url(name),
            maxBytes: 64 * 1024,
        });
        if (res.status !== 200)
            throw this.error('GET', name, res);
        try {
            return Key.fromJSON(parseJSON(res.body, `${role} key`), `${role} key from the server`);
        }
        catch (err) {
            throw new NotaryHTTPError(200, 'GET', this.path(name), undefined, `invalid key JSON: ${String(err)}`, undefined);
        }
    }
    /**
     * POST every role in one multipart request: the server validates and stores
     * all of them in one transaction, then signs snapshot and timestamp
     * ([N] storage/httpstore.go NewMultiPartMetaRequest). The part filename is
     * the bare role name with its slash (`targets/releases`).
     */
    async publish(files) {
        const boundary = `dct-sign-${(0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex')}`;
        const body = encodeMultipart(boundary, files);
        const res = await this.transport.request({
            method: 'POST',
            url: this.url(''),
            headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
            body,
            maxBytes: 1024 * 1024,
        });
        if (res.status !== 200)
            throw this.error('POST', '', res);
    }
    /** Server and path for messages: errors must name the server (issue 5). */
    path(tail) {
        return `${this.serverUrl}/v2/${this.gun}/_trust/tuf/${tail}`;
    }
    error(method, tail, res) {
        const parsed = parseErrorBody(res.body);
        const detail = describeDetail(parsed.detail);
        const text = [
            parsed.message ?? (res.status === 404 ? 'not found' : 'request failed'),
            detail,
        ]
            .filter(Boolean)
            .join(': ');
        return new NotaryHTTPError(res.status, method, this.path(tail), parsed.code, text, parsed.detail);
    }
}
/** multipart/form-data with one `files` part per role; nothing after each JSON body. */
function encodeMultipart(boundary, files) {
    // One copy of the role bytes, into the body: views, not copies, until then
    // (big roles are megabytes).
    const chunks = [];
    for (const file of files) {
        chunks.push(Buffer.from(`--${boundary}\r\n` +
            `Content-Disposition: form-data; name="files"; filename="${file.role}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n'), file.bytes, Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/notary/changefeed.ts


/** At most this many records per request; notary's own default page is 100. */
const CHANGEFEED_PAGE = 100;
/**
 * The changefeed of one GUN ([N] server/handlers/changefeed.go):
 * `GET /v2/<gun>/_trust/changefeed?change_id=<id>&records=<n>`. Measured on
 * 0.7: `change_id=-1&records=-N` is the newest N, `change_id=X&records=-N`
 * the N before X; records always come oldest first. `change_id` must always
 * be sent. `undefined` when the server has no changefeed (404, 400, 405).
 */
class ChangefeedClient {
    options;
    constructor(options) {
        this.options = options;
    }
    /** The `count` records before `changeID` (`-1`: the newest), oldest first. */
    async before(changeID, count = CHANGEFEED_PAGE) {
        const base = this.options.serverUrl.replace(/\/+$/, '');
        const path = `${base}/v2/${this.options.gun}/_trust/changefeed`;
        const url = `${path}?change_id=${encodeURIComponent(changeID)}&records=-${count}`;
        const res = await this.options.transport.request({
            method: 'GET',
            url,
            // ~250 bytes a record; a bigger answer is not a changefeed page.
            maxBytes: 64 * 1024 + count * 1024,
        });
        if ([400, 404, 405].includes(res.status))
            return undefined;
        if (res.status !== 200) {
            const parsed = parseErrorBody(res.body);
            const text = [
                parsed.message ?? 'request failed',
                describeDetail(parsed.detail),
            ]
                .filter(Boolean)
                .join(': ');
            throw new NotaryHTTPError(res.status, 'GET', path, parsed.code, text, parsed.detail);
        }
        return parseChangefeed(res.body, this.options.gun, count);
    }
}
/** Parses `{"count":N,"records":[…]}`; anything off-shape, or another GUN's record, is refused. */
function parseChangefeed(body, gun, limit) {
    const fail = (why) => {
        throw new NotaryHTTPError(200, 'GET', `changefeed of ${gun}`, undefined, `invalid changefeed answer: ${why}`, undefined);
    };
    let doc;
    try {
        doc = parseJSON(body, 'changefeed');
    }
    catch (err) {
        return fail(err.message);
    }
    const records = doc?.records;
    if (!Array.isArray(records))
        return fail('no records array');
    if (records.length > limit)
        return fail(`${records.length} records, asked for ${limit}`);
    return records.map((r, i) => {
        const o = (typeof r === 'object' && r !== null && !Array.isArray(r) ? r : {});
        const { ID, CreatedAt, GUN, Version, SHA256, Category } = o;
        if (typeof ID !== 'string' || !/^\d{1,18}$/.test(ID))
            fail(`record ${i}: bad ID`);
        if (typeof CreatedAt !== 'string')
            fail(`record ${i}: bad CreatedAt`);
        if (GUN !== gun)
            fail(`record ${i} is for another GUN`);
        if (Category !== 'update' && Category !== 'deletion')
            fail(`record ${i}: bad Category`);
        const deletion = Category === 'deletion';
        if (!deletion &&
            (typeof Version !== 'number' ||
                !Number.isSafeInteger(Version) ||
                Version < 1))
            fail(`record ${i}: bad Version`);
        if (!deletion &&
            (typeof SHA256 !== 'string' || !/^[0-9a-f]{64}$/.test(SHA256)))
            fail(`record ${i}: bad SHA256`);
        return {
            id: ID,
            createdAt: CreatedAt,
            version: deletion ? 0 : Version,
            sha256: deletion ? '' : SHA256,
            category: Category,
        };
    });
}

;// CONCATENATED MODULE: ./src/notary/index.ts
// notary/: the notary-server HTTP API for one GUN, in bytes. No trust decisions.




;// CONCATENATED MODULE: ./src/ops/errors.ts



/** The trust server has no trust data for the GUN (root.json is 404). */
class RepositoryNotFoundError extends errors/* SignerError */.nw {
}
/** A repository delegates to more roles than we fetch (a memory exhaustion attempt). */
class TooManyDelegationsError extends errors/* SignerError */.nw {
}
/** The signing key is not listed by any delegation role we could sign into. */
class KeyNotDelegatedError extends errors/* SignerError */.nw {
}
/** The repository's root is not the one pinned (root-key-id) or remembered (TOFU). */
class RootPinError extends errors/* SignerError */.nw {
}
/** A role we would sign into exists but does not verify: we refuse to overwrite it. */
class UntrustedRoleError extends errors/* SignerError */.nw {
}
/** Concurrent publishers kept winning; we gave up after the allowed attempts. */
class PublishConflictError extends errors/* SignerError */.nw {
}
/** The upload returned 200 but the server does not serve what we uploaded. */
class ReadBackError extends errors/* SignerError */.nw {
}
/** The server refused the upload; the message says what a key holder must do. */
class PublishRejectedError extends errors/* SignerError */.nw {
}
/**
 * True for the answers a losing concurrent publisher gets: 400 VERSION
 * ([N] server/errors VERSION; §1.7), or, from notary-server 0.7 on
 * PostgreSQL, 500 UPDATING. There two uploads can both pass the version
 * check, and the second INSERT then breaks the unique key
 * tuf_files_gun_role_version_key, which 0.7 maps to a 500 (its
 * translateOldVersionError knows only MySQL's codes; issue 12). UPDATING is
 * only sent when the storage transaction failed ([N] server/handlers/default.go
 * atomicUpdateHandler), so nothing landed and starting again is safe.
 */
function isVersionConflict(err) {
    if (!(err instanceof NotaryHTTPError))
        return false;
    if (err.status === 400)
        return err.code === NOTARY_CODES.version;
    return (err.status === 500 &&
        err.method === 'POST' &&
        err.code === NOTARY_CODES.updating);
}
/**
 * Turns a refused upload into one line that says what to do. The detail
 * names come from [N] tuf/validation/errors.go (notary-protocol.md §1.4).
 */
function explainRejection(err, gun, roles) {
    const detail = (err.detail ?? {});
    const msg = detail.Error?.Msg ?? err.serverMessage;
    if (detail.Name === 'ErrBadHierarchy' &&
        detail.Error?.Missing === 'snapshot') {
        return new PublishRejectedError(`the trust server does not hold the snapshot key of ${gun}, so delegates cannot publish; a root/targets key holder must run \`notary key rotate ${gun} snapshot -r\` (docker-made repositories already do this)`, { cause: err });
    }
    if (detail.Name === 'ErrBadTargets' && /threshold/.test(msg)) {
        return new PublishRejectedError(`the trust server refused the signature on ${roles.join(', ')} (${msg}): the key is not a signer of that role any more; ask a key holder to run \`dct-sign signer add\``, { cause: err });
    }
    if (/rpc error: code = (Unavailable|DeadlineExceeded)/.test(msg)) {
        // notary-server with a remote trust service (notary-signer over gRPC)
        // answers 400 when it cannot have snapshot/timestamp signed (issue 12);
        // the request was fine, the server's own signer is not.
        return new PublishRejectedError(`the trust server ${origin(err.path)} could not have the snapshot and timestamp of ${gun} signed: its signing service (notary-signer) is unreachable (${msg}); nothing was published; ask the server's operator to check notary-signer, then run again`, { cause: err });
    }
    if (err.code === NOTARY_CODES.invalidGun) {
        return new PublishRejectedError(`the trust server does not accept the GUN ${gun}: ${msg}`, { cause: err });
    }
    return new PublishRejectedError(`the trust server refused the upload for ${gun}: (${err.status}) ${msg}`, {
        cause: err,
    });
}
/** `https://host:port` of a request URL, for naming the server. */
function origin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
// What each refusal protects against (TUF spec §1.5.2 attacks), so a refused
// download says why it matters, not only which check failed.
const ATTACKS = [
    [RollbackError, 'possible rollback attack: older than the trusted version'],
    [ExpiredError, 'possible freeze attack: expired metadata'],
    [
        HashMismatchError,
        'possible mix-and-match attack or tampered file: bytes differ from what signed metadata records',
    ],
    [
        RootRotationError,
        'possible root swap: the root does not chain from the trusted root',
    ],
    [ThresholdError, 'forged or under-signed metadata'],
    [VerificationError, 'trust data did not verify'],
    [MetadataError, 'malformed trust data'],
];
/**
 * Adds to a verification or parse error of `gun`'s trust data the attack it
 * may be; the class and cause are kept. Other errors pass through unchanged.
 */
function nameTheAttack(err, gun) {
    const hit = ATTACKS.find(([cls]) => err instanceof cls);
    return hit
        ? (0,errors/* withContext */.eQ)(`refusing the trust data of ${gun} (${hit[1]})`, err)
        : err;
}

;// CONCATENATED MODULE: ./src/ops/fetch-files.ts



/**
 * Most delegations fetched for one repository. Notary sets no bound; docker
 * repositories hold `targets/releases` plus one role per signer, so a
 * thousand leaves room for any real one while capping memory.
 */
const MAX_DELEGATIONS = 1000;
/**
 * Downloads a repository's metadata for verification in few round trips:
 * timestamp, snapshot, root and targets all at once by current name (issue 7),
 * then, only if the server changed between requests, the files the timestamp
 * really points to by sha256, then the delegations, by the sha256 the
 * snapshot gives, level by level. A delegation the snapshot does not list is
 * never asked for: it was never published (version 0), and notary-server on
 * SQL storage answers 500, not 404, for it (issue 12), which is why notary's
 * own client reads the snapshot first too ([N] client/tufclient.go).
 * Nothing here is trusted: verifyRepository checks every byte afterwards.
 */
async function fetchRepositoryFiles(client, options = {}) {
    // By hash, the download is capped at the length signed metadata records
    // for it ([N] client/tufclient.go GetSized), not only at the default cap.
    const get = (role, sha256Hex, length) => client
        .getRole(role, {
        ...(sha256Hex ? { sha256: sha256Hex } : {}),
        ...(length !== undefined ? { maxBytes: length } : {}),
    })
        .catch((err) => {
        throw (0,errors/* withContext */.eQ)(`fetching ${role} of ${client.gun}`, err);
    });
    const [timestamp, snapshot0, root0, targets0] = await Promise.all([
        get('timestamp'),
        get('snapshot'),
        options.known?.root ?? get('root'),
        options.known?.targets ?? get('targets'),
    ]);
    if (!root0 || !timestamp) {
        throw new RepositoryNotFoundError(`${client.serverUrl} has no trust data for ${client.gun}; a key holder must initialise it (dct-sign signer add NAME ${client.gun} --key PUB.pem)`);
    }
    // Re-read by hash whatever is not the version the timestamp / snapshot names.
    const snapshotMeta = peek(() => SignedMetadata.parse(timestamp, 'timestamp').signed.snapshotMeta);
    const snapshot = await matching(snapshot0, snapshotMeta?.sha256Hex, () => get('snapshot', snapshotMeta?.sha256Hex, snapshotMeta?.length));
    const meta = peek(() => SignedMetadata.parse(snapshot, 'snapshot').signed);
    const wanted = (role) => meta?.meta.get(role)?.sha256Hex;
    const length = (role) => meta?.meta.get(role)?.length;
    const [root, targets] = await Promise.all([
        matching(root0, wanted('root'), () => get('root', wanted('root'), length('root'))),
        matching(targets0, wanted('targets'), () => get('targets', wanted('targets'), length('targets'))),
    ]);
    // Walk down, one level per round: the delegations of each fetched
    // targets-type role (and the hints), only those the snapshot lists.
    const delegations = new Map();
    let next = [...childrenOf('targets', targets), ...(options.hints ?? [])];
    while (next.length > 0) {
        const level = next.filter((role, i, all) => !delegations.has(role) && wanted(role) && all.indexOf(role) === i);
        // Bounded: each delegation may be up to the default cap, so a server
        // delegating to a million roles must not make us hold them all.
        if (delegations.size + level.length > MAX_DELEGATIONS) {
            throw new TooManyDelegationsError(`${client.gun} delegates to more than ${MAX_DELEGATIONS} roles; refusing to fetch them all`);
        }
        const fetched = await Promise.all(level.map((role) => matching(options.known?.delegations?.get(role), wanted(role), () => get(role, wanted(role), length(role)))));
        next = [];
        level.forEach((role, i) => {
            const bytes = fetched[i];
            if (!bytes)
                return;
            delegations.set(role, bytes);
            next.push(...childrenOf(role, bytes));
        });
    }
    return {
        root: root ?? root0,
        timestamp,
        snapshot: snapshot ?? new Uint8Array(),
        targets: targets ?? new Uint8Array(),
        delegations,
    };
}
/** The bytes if their sha256 is `hash` (or no hash is known), else a re-fetch by hash. */
async function matching(bytes, hash, refetch) {
    if (!hash || (bytes && sha256Hex(bytes) === hash))
        return bytes;
    return (await refetch()) ?? bytes;
}
/** Parses for navigation only; a failure is left for verification to report. */
function peek(fn) {
    try {
        return fn();
    }
    catch {
        return undefined;
    }
}
function childrenOf(role, bytes) {
    if (!bytes)
        return [];
    const parsed = peek(() => SignedMetadata.parse(bytes, 'targets', role).signed);
    return parsed ? parsed.delegationRoles.map((r) => r.name) : [];
}

;// CONCATENATED MODULE: ./src/ops/load-trusted.ts





/**
 * Fetches and verifies a whole repository the way a notary client does
 * (timestamp → snapshot → targets → delegations, [N] client/tufclient.go),
 * then applies our root policy: pin (root-key-id) or remembered root (TOFU,
 * with the rotation chain `<v>.root.json` walked as notary walks it).
 */
async function loadTrustedRepository(client, options) {
    try {
        return await loadAndVerify(client, options);
    }
    catch (err) {
        throw nameTheAttack(err, client.gun);
    }
}
async function loadAndVerify(client, options) {
    const files = await fetchRepositoryFiles(client, {
        hints: options.hints,
        known: options.known,
    });
    const current = SignedMetadata.parse(files.root, 'root').signed;
    const trustedRoot = options.trustedRoot
        ? await walkRootChain(client, options.trustedRoot, current.version)
        : undefined;
    const repo = verifyRepository(files, {
        gun: client.gun,
        referenceTime: options.referenceTime,
        verifier: verifySignature,
        checkRootKey: checkRootCertificate,
        trustedRoot,
        previousVersions: options.previousVersions,
    });
    if (options.rootKeyID)
        checkPinnedRoot(repo.root, options.rootKeyID, client.gun, options.referenceTime);
    options.remember?.(files.root);
    return { repo, files };
}
/**
 * Checks a `root-key-id` pin's form before anything touches the network: a
 * full 64-hex key ID, since a prefix is not a pin (48 bits can be ground).
 */
function parseRootPin(pin) {
    const id = pin.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(id)) {
        throw new errors/* UsageError */.eb(`root-key-id "${pin}" is not a full key ID: give all 64 hex digits of the root key's TUF or canonical ID (listed by \`dct-sign inspect GUN\` under root, or \`notary key list\` / \`dct-sign key list\` where the root key is kept)`);
    }
    return id;
}
/**
 * Pin means signed ([N] trustpinning/certs.go ValidateRoot): the root's keys
 * are pruned to the pinned one (by TUF or canonical ID), which must also be
 * an acceptable root certificate, and the root role's threshold is counted
 * over those alone. Listing the pinned key next to a key of one's own is not
 * enough: the attacker's signature does not count. Throws RootPinError.
 */
function checkPinnedRoot(root, pin, gun, at) {
    const wanted = parseRootPin(pin);
    const role = root.signed.roleKeys(ROOT_ROLE);
    const pinned = new Map([...role.keys].filter(([id, key]) => id === wanted || x509_canonicalKeyID(key) === wanted));
    const listed = [...role.keys.keys()].map((k) => k.slice(0, 12)).join(', ');
    const refuse = (why, cause) => new RootPinError(`the root of ${gun} is not signed by the pinned key ${wanted.slice(0, 12)} (${why}; root keys: ${listed}); refusing it: a root swap is an attack unless a key holder rotated the root (then pin the new root key)`, { cause });
    if (pinned.size === 0)
        throw refuse('the root does not list it');
    for (const key of pinned.values()) {
        try {
            if (at)
                checkRootCertificate(key, gun, at);
        }
        catch (err) {
            throw refuse(`its certificate is not acceptable: ${err.message}`, err);
        }
    }
    try {
        verifyThreshold(root.signedBytes, root.signatures, { ...role, keys: pinned }, verifySignature);
    }
    catch (err) {
        throw refuse(err.message, err);
    }
}
/**
 * Most root versions walked from a trusted root to the current one. Notary
 * walks any distance; a legitimate repository rotates its root a handful of
 * times, so a bigger gap is refused (one request per link, each ≤ 1 MiB).
 */
const MAX_ROOT_ROTATIONS = 100;
/**
 * From a trusted root at version n to the root just before `latest`: each
 * `<v>.root.json` must be signed by a threshold of the previous root's root
 * keys and of its own ([N] trustpinning/certs.go ValidateRoot, §8.2).
 */
async function walkRootChain(client, trustedBytes, latest) {
    let trusted = SignedMetadata.parse(trustedBytes, 'root').signed;
    // Bounded: a server that claims root v1e15 must not keep us fetching.
    if (latest - trusted.version > MAX_ROOT_ROTATIONS) {
        throw new RootRotationError(`root v${latest} of ${client.gun} is ${latest - trusted.version} versions past the trusted root v${trusted.version}: more than ${MAX_ROOT_ROTATIONS} rotations to follow; refusing`);
    }
    for (let v = trusted.version + 1; v < latest; v++) {
        const bytes = await client.getRootVersion(v);
        if (!bytes)
            throw new RootRotationError(`root v${v} of ${client.gun} is missing: cannot follow the root rotation chain`);
        const next = SignedMetadata.parse(bytes, 'root');
        // [N] client/tufclient.go updateRootVersions: <v>.root.json must be
        // version v, or a server could loop the walk or skip links.
        if (next.signed.version !== v) {
            throw new RootRotationError(`${v}.root.json of ${client.gun} holds root v${next.signed.version}, not v${v}: refusing the rotation chain`);
        }
        for (const keys of [
            trusted.roleKeys(ROOT_ROLE),
            next.signed.roleKeys(ROOT_ROLE),
        ]) {
            try {
                verifyThreshold(next.signedBytes, next.signatures, keys, verifySignature);
            }
            catch (err) {
                throw new RootRotationError(`root v${v} of ${client.gun} does not chain from the trusted root v${trusted.version}: ${err.message}`, { cause: err });
            }
        }
        trusted = next.signed;
    }
    return trusted;
}

;// CONCATENATED MODULE: ./src/ops/admin/signer-change.ts










/**
 * `signer add|remove|rotate` online: fetch and verify the repository (or,
 * for `add` on a GUN without trust data, initialise it as docker does),
 * apply the change, upload every changed role in ONE request, then read the
 * repository back and check the server serves exactly our bytes.
 */
async function changeSigner(client, change, options) {
    const gun = client.gun;
    const existing = await client.getRole('root').catch((err) => {
        throw (0,errors/* withContext */.eQ)(`fetching root of ${gun}`, err);
    });
    if (!existing)
        return initialise(client, change, options);
    const { repo } = await loadTrustedRepository(client, {
        referenceTime: options.now,
        rootKeyID: options.rootKeyID,
        trustedRoot: options.trustedRoot,
        remember: options.remember,
    });
    const applied = await applySignerChange(repo, change, options);
    const result = changeResult(gun, applied);
    if (options.dryRun)
        return result;
    await upload(client, applied.uploads);
    // The read-back is anchored on the root just verified, not on first use.
    await readBack(client, applied.uploads, {
        ...options,
        trustedRoot: repo.root.bytes,
    });
    options.logger.info(`published ${result.roles.map((r) => `${r.role} v${r.version}`).join(', ')} for ${gun}`);
    return { ...result, published: true };
}
/** A GUN without root.json: only `add` can create it (docker's first `signer add`). */
async function initialise(client, change, options) {
    const gun = client.gun;
    // A GUN we verified before cannot lose its trust data: a server that says
    // so wants a new root (one it may know more about) in place of the old.
    if (options.trustedRoot) {
        throw new RootPinError(`${client.serverUrl} has no trust data for ${gun}, but a verified root of it is remembered: refusing to initialise it again (a server that lost or hides the repository); if the repository really was deleted, remove the remembered root.json of ${gun} from the trust dir (tuf/${gun}/metadata) and run again`);
    }
    if (change.kind !== 'add') {
        throw new RepositoryNotFoundError(`${client.serverUrl} has no trust data for ${gun}: nothing to ${change.kind}`);
    }
    const edit = (t) => addSignerKeys(t, change.name, change.keys);
    const diff = [
        `+ root v1  new repository: root key certificate CN=${gun} (10 years), new targets key, snapshot and timestamp keys held by the server`,
        ...diffDelegations(undefined, edit(new Targets({
            version: 1,
            expires: formatExpires(targetsExpiry(options.now)),
        }))),
    ];
    const base = {
        gun,
        initialised: true,
        roles: [
            { role: 'root', version: 1 },
            { role: 'targets', version: 1 },
        ],
        diff,
        warnings: [],
        published: false,
    };
    if (options.dryRun)
        return base;
    const created = await createRepository(client, options.keyring, edit, options.now);
    // A pin that does not match the new root must stop us before anything
    // exists on the server, not after (a root created against the pin would
    // make every later run refuse the repository).
    if (options.rootKeyID)
        checkPinnedRoot(created.root, options.rootKeyID, gun, options.now);
    // root + targets in one POST, no snapshot: the server makes it (server-managed snapshot).
    await upload(client, [created.root, created.targets]);
    await readBack(client, [created.targets], {
        ...options,
        trustedRoot: created.root.bytes,
    });
    return { ...base, published: true, createdKeys: created.createdKeys };
}
/** One atomic POST; refusals become one line saying what to do. */
async function upload(client, files) {
    const roles = files.map((f) => f.role);
    try {
        await client.publish(files.map((f) => ({ role: f.role, bytes: f.bytes })));
    }
    catch (err) {
        if (isVersionConflict(err)) {
            throw new PublishConflictError(`${client.gun}: another publisher updated the repository while we worked; run the command again`, { cause: err });
        }
        if (err instanceof NotaryHTTPError && err.status === 400)
            throw explainRejection(err, client.gun, roles);
        throw (0,errors/* withContext */.eQ)(`publishing ${roles.join(', ')} of ${client.gun}`, err);
    }
}
/**
 * After a 200, the server must serve a repository that verifies and holds
 * exactly our bytes (a 0.7 SQL server can drop an update; §1.7).
 */
async function readBack(client, uploaded, options) {
    const hints = uploaded
        .map((u) => u.role)
        .filter((r) => r.startsWith('targets/'));
    const { repo } = await loadTrustedRepository(client, {
        referenceTime: options.now,
        rootKeyID: options.rootKeyID,
        trustedRoot: options.trustedRoot,
        remember: options.remember,
        hints,
    });
    for (const file of uploaded) {
        const served = repo.role(file.role)?.metadata.bytes;
        if (!served ||
            Buffer.compare(Buffer.from(served), Buffer.from(file.bytes)) !== 0) {
            throw new ReadBackError(`${client.gun}: the server accepted the upload but serves another ${file.role}; check the trust server's storage and run the command again`);
        }
    }
    return repo;
}

;// CONCATENATED MODULE: ./src/ops/admin/verify-tag.ts


/**
 * Picks the trusted target for `tag` as docker's `GetTargetByName(tag,
 * "targets/releases", "targets")` does ([C] cli/command/image/trust.go):
 * `targets/releases` first, then `targets`; a hit in any other role is not
 * trusted. Throws NotSignedError when neither role signs the tag.
 */
function verifyTag(repo, tag) {
    const match = repo
        .findTarget(tag, { roles: [RELEASES_ROLE, 'targets'] })
        .find((m) => m.sha256Hex !== undefined);
    if (!match) {
        const skipped = repo.warnings
            .filter((w) => w.role === RELEASES_ROLE)
            .map((w) => w.message);
        throw new NotSignedError(`${repo.gun}:${tag} is not signed in ${RELEASES_ROLE} or targets${skipped.length > 0 ? ` (${RELEASES_ROLE} did not verify: ${skipped[0]})` : ''}`);
    }
    return {
        gun: repo.gun,
        tag,
        digest: `sha256:${match.sha256Hex}`,
        size: match.length,
        role: match.role,
    };
}

;// CONCATENATED MODULE: ./src/ops/admin/list-signers.ts


/** Lists targets' delegations with their keys, thresholds and what they sign. */
function listSigners(repo) {
    const targets = repo.targets.metadata.signed;
    const tags = repo.signedTags();
    const signers = targets.delegationRoles.map((r) => {
        const trusted = repo.role(r.name);
        return {
            name: r.name.slice('targets/'.length),
            role: r.name,
            threshold: r.threshold,
            paths: [...r.paths],
            keys: r.keyIDs.map((id) => x509_canonicalKeyID(targets.delegationKeys.get(id))),
            published: trusted !== undefined,
            tags: tags.get(r.name) ?? [],
            expires: trusted?.metadata.signed.expires,
        };
    });
    signers.sort((a, b) => a.role === RELEASES_ROLE
        ? -1
        : b.role === RELEASES_ROLE
            ? 1
            : a.name < b.name
                ? -1
                : 1);
    return {
        schema: 'dct-sign/signers/v1',
        gun: repo.gun,
        signers,
        warnings: repo.warnings.map((w) => `${w.role}: ${w.message}`),
    };
}
/** A table like `notary delegation list`, plus tags and publication state. */
function formatSigners(report) {
    if (report.signers.length === 0)
        return `${report.gun} has no signers (no delegations of targets)`;
    const lines = [`signers of ${report.gun}:`];
    for (const s of report.signers) {
        lines.push(`  ${s.name.padEnd(14)} threshold ${s.threshold}  paths ${s.paths.map((p) => JSON.stringify(p)).join(',') || '(none)'}  ${s.published ? `${s.tags.length} tag(s), expires ${s.expires}` : 'not published'}`);
        for (const k of s.keys)
            lines.push(`    key ${k}`);
    }
    for (const w of report.warnings)
        lines.push(`warning: ${w}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/ops/admin/bundle.ts







/** Schema tag of a bundle file; bump on any incompatible change. */
const BUNDLE_SCHEMA = 'dct-sign/bundle/v1';
/**
 * Fetches and verifies the whole repository into a new bundle (online, no
 * keys), anchored as every command is: pin, remembered root (walked along the
 * rotation chain), or first use. The bundle carries the root it was verified
 * against (`files.root`) and the pin.
 */
async function fetchBundle(client, now, trust = {}) {
    const { repo, files } = await loadTrustedRepository(client, {
        referenceTime: now,
        ...trust,
    });
    const encoded = {
        root: bytesToBase64(files.root),
        timestamp: bytesToBase64(files.timestamp),
        snapshot: bytesToBase64(files.snapshot),
        targets: bytesToBase64(files.targets),
    };
    for (const [role, bytes] of files.delegations ?? [])
        encoded[role] = bytesToBase64(bytes);
    const bundle = {
        schema: BUNDLE_SCHEMA,
        server: client.serverUrl,
        gun: client.gun,
        fetchedAt: now.toISOString(),
        files: encoded,
        ...(trust.rootKeyID ? { rootKeyID: trust.rootKeyID } : {}),
    };
    return { bundle, repo };
}
/** Serializes a bundle (stable, readable JSON). */
function encodeBundle(bundle) {
    return new TextEncoder().encode(`${JSON.stringify(bundle, null, 2)}\n`);
}
/** Parses and checks a bundle file's shape. */
function parseBundle(bytes) {
    let data;
    try {
        data = JSON.parse(new TextDecoder().decode(bytes));
    }
    catch {
        throw new BundleError('the bundle is not JSON; make it with dct-sign fetch GUN --out FILE');
    }
    const b = data;
    if (typeof b !== 'object' || b === null || b.schema !== BUNDLE_SCHEMA) {
        throw new BundleError(`the bundle is not a ${BUNDLE_SCHEMA} file; make it with dct-sign fetch GUN --out FILE`);
    }
    for (const field of ['server', 'gun', 'fetchedAt']) {
        if (typeof b[field] !== 'string')
            throw new BundleError(`the bundle has no ${field}`);
    }
    if (b.rootKeyID !== undefined && typeof b.rootKeyID !== 'string')
        throw new BundleError("the bundle's rootKeyID is not a string");
    try {
        parseTime(b.fetchedAt);
    }
    catch {
        throw new BundleError(`the bundle's fetchedAt "${b.fetchedAt}" is not an RFC 3339 time; make the bundle again with dct-sign fetch`);
    }
    for (const field of ['files', 'staged']) {
        const map = b[field];
        if (map === undefined && field === 'staged')
            continue;
        if (typeof map !== 'object' || map === null)
            throw new BundleError(`the bundle has no ${field}`);
        for (const [role, value] of Object.entries(map)) {
            if (typeof value !== 'string' || !base64ToBytes(value))
                throw new BundleError(`the bundle's ${field}.${role} is not base64`);
        }
    }
    return b;
}
/** The bundle's fetched files, in verifyRepository's shape. */
function bundleFiles(bundle) {
    const get = (role) => {
        const v = bundle.files[role];
        if (v === undefined)
            throw new BundleError(`the bundle has no ${role}.json`);
        return base64ToBytes(v);
    };
    const delegations = new Map();
    for (const role of Object.keys(bundle.files))
        if (role.startsWith('targets/'))
            delegations.set(role, get(role));
    return {
        root: get('root'),
        timestamp: get('timestamp'),
        snapshot: get('snapshot'),
        targets: get('targets'),
        delegations,
    };
}
/**
 * Verifies the bundle's files at its fetch time (no network, no clock skew
 * problem offline), against this machine's anchors: its remembered root of
 * the GUN (the bundle's root must be signed by it, [N] ValidateRoot) and the
 * pin, from `trust` or else the one recorded at fetch. A bundle is a file
 * anyone could have written: without an anchor it is trusted on first use.
 */
function verifyBundle(bundle, trust = {}) {
    const at = parseTime(bundle.fetchedAt);
    const files = bundleFiles(bundle);
    const repo = verifyFiles(files, bundle.gun, at, trust.trustedRoot);
    const pin = trust.rootKeyID ?? bundle.rootKeyID;
    if (pin)
        checkPinnedRoot(repo.root, pin, bundle.gun, at);
    trust.remember?.(files.root);
    return repo;
}
/**
 * Applies a signer change to a bundle with no network at all: verify it
 * offline, sign the new files with the key ring, and return the bundle with
 * them `staged` (targets first). A bundle can carry one staged change.
 */
async function applyToBundle(bundle, change, options) {
    if (bundle.staged && Object.keys(bundle.staged).length > 0) {
        throw new BundleError(`the bundle for ${bundle.gun} already holds a staged change; publish it (dct-sign publish) and fetch again before the next change`);
    }
    const repo = verifyBundle(bundle, options);
    const applied = await applySignerChange(repo, change, options);
    const result = changeResult(bundle.gun, applied);
    if (options.dryRun)
        return { bundle, result };
    const staged = {};
    for (const u of applied.uploads)
        staged[u.role] = bytesToBase64(u.bytes);
    return { bundle: { ...bundle, staged, changes: applied.diff }, result };
}
/**
 * Uploads a bundle's staged files in one POST (online, no keys). Refuses when
 * the server's root, targets or any staged role differ from the fetched
 * ones: the staged files were made from a state that no longer exists.
 */
async function publishBundle(client, bundle, options) {
    const staged = Object.entries(bundle.staged ?? {});
    if (staged.length === 0)
        throw new BundleError(`the bundle for ${bundle.gun} has nothing staged; run dct-sign signer add|remove|rotate ... --bundle FILE first`);
    const uploads = staged.map(([role, b64]) => {
        const bytes = base64ToBytes(b64);
        return SignedMetadata.parse(bytes, role === 'root' ? 'root' : 'targets', role);
    });
    for (const role of new Set(['root', 'targets', ...staged.map(([r]) => r)])) {
        const now = await client.getRole(role).catch((err) => {
            throw (0,errors/* withContext */.eQ)(`fetching ${role} of ${bundle.gun}`, err);
        });
        const then = bundle.files[role];
        const same = now && then
            ? sha256Hex(now) === sha256Hex(base64ToBytes(then))
            : !now && !then;
        if (!same) {
            throw new BundleError(`${role} of ${bundle.gun} changed on the server since the bundle was fetched (${bundle.fetchedAt}); nothing was published: run dct-sign fetch again and redo the change on the new bundle`);
        }
    }
    const result = {
        gun: bundle.gun,
        initialised: false,
        roles: uploads.map((u) => ({ role: u.role, version: u.signed.version })),
        diff: bundle.changes ?? [],
        warnings: [],
        published: false,
    };
    if (options.dryRun)
        return result;
    await upload(client, uploads);
    await readBack(client, uploads, options);
    options.logger.info(`published ${result.roles.map((r) => `${r.role} v${r.version}`).join(', ')} for ${bundle.gun}`);
    return { ...result, published: true };
}
function verifyFiles(files, gun, at, trustedRoot) {
    return verifyRepository(files, {
        gun,
        referenceTime: at,
        verifier: verifySignature,
        checkRootKey: checkRootCertificate,
        trustedRoot,
    });
}

;// CONCATENATED MODULE: ./src/ops/admin/renew.ts






const renew_DAY_MS = 24 * 3600 * 1000;
/**
 * Re-signs roles before they expire: same content, version + 1, a fresh
 * expiry, signed by a threshold of the role's keys held locally. Root keeps
 * its keys, so the new root is signed by the previous root's keys: a valid
 * rotation ([N] trustpinning/certs.go). Everything goes up in ONE upload and
 * is read back. A delegation that has already expired is renewed too (its
 * signatures verified before the expiry check, [N] tuf/builder.go).
 */
async function renewRoles(client, options) {
    const { repo, files } = await loadTrustedRepository(client, {
        referenceTime: options.now,
        rootKeyID: options.rootKeyID,
        trustedRoot: options.trustedRoot,
        remember: options.remember,
    });
    const due = candidates(repo, files).filter((c) => isDue(c, options));
    const unknown = (options.roles ?? []).filter((r) => !due.some((c) => c.role === r));
    const result = {
        schema: 'dct-sign/renew/v1',
        gun: client.gun,
        dryRun: options.dryRun === true,
        renewed: [],
        skipped: unknown.map((role) => ({
            role,
            expires: '',
            reason: 'no such role in the verified repository',
        })),
        published: false,
    };
    const uploads = [];
    for (const c of due) {
        const signers = await localSigners(c.keys, options.keyring);
        if (!signers) {
            result.skipped.push({
                role: c.role,
                expires: c.signed.expires,
                reason: `no threshold (${c.keys.threshold}) of its keys in the trust dir (${[...c.keys.keys.values()].map((k) => x509_canonicalKeyID(k).slice(0, 12)).join(', ')})`,
            });
            continue;
        }
        const newExpires = new Date(options.now.getTime() +
            (options.lifetimeMs ?? defaultLifetime(c.role, options.now)));
        // Re-signing drops fields notary's Go structs do not know (STYLE §4): the
        // server hashes its own re-serialization, so the upload must be that form.
        const next = renewed(c.signed, newExpires);
        uploads.push(await signMetadata(next, signers));
        result.renewed.push({
            role: c.role,
            version: c.signed.version,
            newVersion: next.version,
            expires: c.signed.expires,
            newExpires: formatExpires(newExpires),
            signedBy: signers.map((s) => x509_canonicalKeyID(s.publicKey)),
        });
    }
    if (options.dryRun || uploads.length === 0)
        return result;
    await upload(client, uploads);
    // readBack compares targets-type roles; the root is compared here.
    const served = await readBack(client, uploads.filter((u) => u.role !== ROOT_ROLE), options);
    const root = uploads.find((u) => u.role === ROOT_ROLE);
    if (root &&
        Buffer.compare(Buffer.from(served.root.bytes), Buffer.from(root.bytes)) !==
            0)
        throw new ReadBackError(`${client.gun}: the server accepted the upload but serves another root; check the trust server's storage and run the command again`);
    options.logger.info(`renewed ${result.renewed.map((r) => `${r.role} v${r.newVersion}`).join(', ')} of ${client.gun}`);
    return { ...result, published: true };
}
function renewed(signed, expires) {
    if (signed.role === ROOT_ROLE) {
        const root = signed;
        return root.with({
            version: root.version + 1,
            expires: formatExpires(expires),
        });
    }
    const targets = signed;
    return targets.withVersion(targets.version + 1).withExpires(expires);
}
function defaultLifetime(role, now) {
    return ((role === ROOT_ROLE ? rootExpiry(now) : targetsExpiry(now)).getTime() -
        now.getTime());
}
function isDue(c, options) {
    if (options.roles)
        return options.roles.includes(c.role);
    const within = (options.withinDays ?? 90) * renew_DAY_MS;
    return parseTime(c.signed.expires).getTime() - options.now.getTime() < within;
}
/** root, targets and every delegation that verified, or whose only fault is expiry. */
function candidates(repo, files) {
    const root = repo.root.signed;
    const out = [
        { role: ROOT_ROLE, signed: root, keys: root.roleKeys(ROOT_ROLE) },
    ];
    for (const [role, trusted] of repo.roles) {
        out.push({ role, signed: trusted.metadata.signed, keys: trusted.keys });
    }
    for (const w of repo.warnings) {
        const bytes = files.delegations?.get(w.role);
        if (!(w.cause instanceof ExpiredError) || !bytes || repo.roles.has(w.role))
            continue;
        const parentName = parentRole(w.role);
        const parent = parentName ? repo.role(parentName) : undefined;
        if (!parent)
            continue;
        out.push({
            role: w.role,
            signed: SignedMetadata.parse(bytes, 'targets', w.role).signed,
            keys: parent.metadata.signed.roleKeys(w.role),
        });
    }
    return out;
}
/**
 * A threshold of the role's keys from the key ring, looked up by canonical ID
 * as notary does; x509 root keys sign under their certificate's ID.
 */
async function localSigners(keys, keyring) {
    const signers = [];
    for (const key of keys.keys.values()) {
        const signer = await keyring.signerFor([x509_canonicalKeyID(key)], keys.role);
        if (!signer)
            continue;
        signers.push(key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer);
        if (signers.length >= keys.threshold)
            return signers;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/ops/admin/migrate.ts






/** The migration cannot be done as asked (target not empty, role expired, too many uploads). */
class MigrateError extends errors/* SignerError */.nw {
}
/**
 * Moves a repository to another notary-server keeping its root keys, signers
 * and signed tags. What notary-server 0.7 accepts (measured, issue 17): a
 * first root of version 1 or 2, then v+1 only; every root must list a
 * timestamp key the new server holds; targets and delegations at any version,
 * their signatures checked; its own timestamps from version 1, one more per
 * accepted upload. So: roots re-signed by the root key with the new server's
 * timestamp and snapshot keys, up to one version above the old root (clients
 * that cached it rotate to it as to any root), the targets-type roles as they
 * are, then more root versions until the new timestamp version is above the
 * old one, or a client that cached it would refuse "version 1 is lower than
 * current version N".
 */
async function migrateRepository(source, target, options) {
    const { repo } = await loadTrustedRepository(source, {
        referenceTime: options.now,
        rootKeyID: options.rootKeyID,
        trustedRoot: options.trustedRoot,
    });
    if (await target.getRole(ROOT_ROLE))
        throw new MigrateError(`${target.serverUrl} already has trust data for ${target.gun}; migrate only into a GUN without trust data (delete it there first if it is a failed attempt)`);
    const oldRoot = repo.root.signed;
    const finalRoot = Math.max(2, oldRoot.version + 1);
    const firstRoot = Math.min(finalRoot, 2);
    const sourceTs = repo.timestamp.signed.version;
    const copied = copiedRoles(repo);
    const warnings = repo.warnings
        .filter((w) => w.cause)
        .map((w) => `${w.role} is not copied: ${w.message} (renew or repair it first)`);
    const planned = finalRoot - firstRoot + 1;
    const result = {
        schema: 'dct-sign/migrate/v1',
        gun: source.gun,
        from: source.serverUrl,
        to: target.serverUrl,
        dryRun: options.dryRun === true,
        rootVersions: range(firstRoot, finalRoot),
        roles: copied.map((m) => ({ role: m.role, version: m.signed.version })),
        sourceTimestampVersion: sourceTs,
        uploads: Math.max(planned, sourceTs + 1),
        targetTimestampVersion: 0,
        warnings,
        published: false,
    };
    const signers = await localSigners(oldRoot.roleKeys(ROOT_ROLE), options.keyring);
    if (!signers)
        throw new MissingKeyError(`the root key of ${source.gun} is not in the trust dir: migrating re-signs root; run this where the root key holder keeps it (--trust-dir)`);
    if (result.uploads > (options.maxUploads ?? 10000))
        throw new MigrateError(`${source.gun}: raising the new timestamp above v${sourceTs} takes ${result.uploads} uploads, more than --max-uploads`);
    if (options.dryRun)
        return result;
    // GET *.key on a GUN without root makes a new key at every call: once each.
    const timestampKey = await target.getServerKey('timestamp');
    const snapshotKey = await target.getServerKey('snapshot');
    const rootAt = (version) => signMetadata(withServerKeys(oldRoot, version, timestampKey, snapshotKey), signers);
    let uploads = 0;
    let version = firstRoot;
    await upload(target, [await rootAt(version), ...copied]);
    uploads++;
    // Each accepted upload is one more timestamp: go on with root versions
    // until the chain reaches finalRoot and the timestamp passes the old one.
    while (version < finalRoot || uploads <= sourceTs) {
        version++;
        await upload(target, [await rootAt(version)]);
        uploads++;
        if (uploads % 100 === 0)
            options.logger.info(`${target.gun}: ${uploads} of ${result.uploads} uploads`);
    }
    const { repo: moved } = await loadTrustedRepository(target, {
        referenceTime: options.now,
        trustedRoot: repo.root.bytes,
        hints: copied.map((c) => c.role).filter((r) => r !== 'targets'),
    });
    for (const file of copied) {
        const served = moved.role(file.role)?.metadata.bytes;
        if (!served ||
            Buffer.compare(Buffer.from(served), Buffer.from(file.bytes)) !== 0)
            throw new MigrateError(`${target.gun}: ${target.serverUrl} serves another ${file.role} than the one copied; check its storage and run the migration again into a fresh GUN`);
    }
    options.logger.info(`migrated ${target.gun} to ${target.serverUrl}`);
    return {
        ...result,
        rootVersions: range(firstRoot, version),
        uploads,
        targetTimestampVersion: moved.timestamp.signed.version,
        published: true,
    };
}
/** targets and every delegation that verified, with their bytes as signed. */
function copiedRoles(repo) {
    return [...repo.roles.values()].map((r) => r.metadata);
}
/** The root with the new server's timestamp and snapshot keys; nothing else changes. */
function withServerKeys(root, version, timestamp, snapshot) {
    const roles = new Map(root.roles);
    roles.set(TIMESTAMP_ROLE, new RootRole({ keyIDs: [timestamp.keyID], threshold: 1 }));
    roles.set(SNAPSHOT_ROLE, new RootRole({ keyIDs: [snapshot.keyID], threshold: 1 }));
    const keys = new Map();
    const all = new Map([
        ...root.keys,
        [timestamp.keyID, timestamp],
        [snapshot.keyID, snapshot],
    ]);
    for (const role of roles.values())
        for (const id of role.keyIDs)
            keys.set(id, all.get(id));
    return root.with({ version, roles, keys });
}
function range(from, to) {
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

;// CONCATENATED MODULE: ./src/ops/admin/index.ts
// ops/admin/: use cases for key holders (root/targets keys): signers,
// repository initialisation, tag verification, the offline bundle ceremony.
// Like all of ops/: no env, no files; keys arrive through a KeyRing port.















;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/host/docker-config.ts




/** `$DOCKER_CONFIG`, else `~/.docker` (docker/cli config.Dir). */
function dockerConfigDir(env) {
    return env.DOCKER_CONFIG || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.docker');
}
/** Keys docker uses for a registry host in config.json (Hub has its legacy URL). */
function configKeys(host) {
    if (host === 'docker.io') {
        return [
            'https://index.docker.io/v1/',
            'index.docker.io',
            'docker.io',
            'registry-1.docker.io',
        ];
    }
    return [host, `https://${host}`, `http://${host}`];
}
/**
 * `base64(user:password)`, the form of docker's config `auth` and of
 * notary's NOTARY_AUTH; undefined when it holds no `user:` part.
 */
function decodeBasicAuth(b64) {
    const decoded = Buffer.from(b64, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        return undefined;
    return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
    };
}
/**
 * The credentials `docker login` (or docker/login-action) stored for a
 * registry host: a credential helper if one is configured for it, else the
 * base64 `auth` in config.json. Undefined when there are none.
 */
function dockerCredentials(host, env) {
    const file = (0,external_node_path_namespaceObject.join)(dockerConfigDir(env), 'config.json');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    let config;
    try {
        config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
    for (const key of configKeys(host)) {
        const helper = config.credHelpers?.[key];
        if (helper)
            return fromHelper(helper, key);
    }
    for (const key of configKeys(host)) {
        const entry = config.auths?.[key];
        const fromAuth = entry?.auth ? decodeBasicAuth(entry.auth) : undefined;
        if (fromAuth)
            return fromAuth;
        if (entry?.username && entry.password)
            return { username: entry.username, password: entry.password };
    }
    if (config.credsStore)
        return fromHelper(config.credsStore, configKeys(host)[0]);
    return undefined;
}
/** Runs `docker-credential-<helper> get` (the credential helper protocol). */
function fromHelper(helper, serverURL) {
    try {
        const out = (0,external_node_child_process_namespaceObject.execFileSync)(`docker-credential-${helper}`, ['get'], {
            input: serverURL,
            encoding: 'utf8',
            stdio: ['pipe', 'pipe', 'ignore'],
            timeout: 10_000,
        });
        const parsed = JSON.parse(out);
        if (parsed.Username && parsed.Secret)
            return { username: parsed.Username, password: parsed.Secret };
    }
    catch {
        // No helper binary or no entry: behave as docker does without credentials.
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/host/passphrase.ts
/**
 * Environment variables that may hold a key's passphrase, most specific first:
 * ours, then docker's (root vs repository: targets, snapshot and every
 * delegation key), then notary's per-role names (notary-protocol.md §6.4).
 */
const PASSPHRASE_ENV = {
    ours: 'DCT_PASSPHRASE',
    dockerRoot: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
    dockerRepository: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
};
/** The env names consulted for a key of `role` (`root`, `targets`, `ci`, `targets/releases`, …). */
function passphraseEnvNames(role) {
    const base = role === 'root' || role === 'targets' || role === 'snapshot'
        ? role
        : 'delegation';
    const docker = base === 'root'
        ? PASSPHRASE_ENV.dockerRoot
        : PASSPHRASE_ENV.dockerRepository;
    return [
        PASSPHRASE_ENV.ours,
        docker,
        `NOTARY_${base.toUpperCase()}_PASSPHRASE`,
    ];
}
/** The first passphrase set in `env` for a key of `role`, and where it came from. */
function passphraseFor(role, env) {
    for (const name of passphraseEnvNames(role)) {
        const value = env[name];
        if (value !== undefined && value !== '')
            return { passphrase: value, source: name };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/host/trust-dir.ts





/** docker's trust dir: `$DOCKER_CONFIG/trust`, else `~/.docker/trust`. */
function dockerTrustDir(env) {
    return (0,external_node_path_namespaceObject.join)(dockerConfigDir(env), 'trust');
}
/** notary's default trust dir, `~/.notary` ([N] cmd/notary/main.go). */
function notaryTrustDir() {
    return (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.notary');
}
const KEY_ID = /^[0-9a-f]{64}$/;
/**
 * Lists `private/**\/*.key` as notary does: symlinks ignored, key ID = file
 * name, role and GUN from the PEM headers. Old layouts (`<id>_<role>.key`
 * under root_keys/ or tuf_keys/<gun>/) are read with the role from the name.
 */
function listTrustDirKeys(trustDir) {
    const base = (0,external_node_path_namespaceObject.join)(trustDir, 'private');
    if (!(0,external_node_fs_.existsSync)(base))
        return [];
    const out = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir).sort()) {
            const full = (0,external_node_path_namespaceObject.join)(dir, entry);
            const stat = (0,external_node_fs_.lstatSync)(full);
            if (stat.isSymbolicLink())
                continue;
            if (stat.isDirectory())
                walk(full);
            else if (entry.endsWith('.key')) {
                const key = describeKeyFile(full, trustDir, (0,external_node_path_namespaceObject.relative)(base, full));
                if (key)
                    out.push(key);
            }
        }
    };
    walk(base);
    return out.sort((a, b) => a.keyID < b.keyID ? -1 : a.keyID > b.keyID ? 1 : 0);
}
function describeKeyFile(path, trustDir, rel) {
    const name = (0,external_node_path_namespaceObject.basename)(path, '.key');
    const [id, legacyRole] = name.split('_', 2);
    if (!KEY_ID.test(id))
        return undefined;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    const header = (h) => new RegExp(`^${h}:\\s*(\\S+)\\s*$`, 'm').exec(text)?.[1];
    const legacyGun = rel.startsWith('tuf_keys/')
        ? rel.split('/').slice(1, -1).join('/')
        : undefined;
    return {
        keyID: id,
        role: header('role') ?? legacyRole,
        gun: header('gun') ?? (legacyGun || undefined),
        path,
        trustDir,
    };
}
/** The key file for a canonical key ID in any of `trustDirs`, first match. */
function findTrustDirKey(trustDirs, keyID) {
    for (const dir of trustDirs) {
        const hit = listTrustDirKeys(dir).find((k) => k.keyID === keyID);
        if (hit)
            return hit;
    }
    return undefined;
}
/** Keys with this role (and GUN, when given), sorted by key ID as docker sorts root keys. */
function findTrustDirKeysByRole(trustDir, role, gun) {
    return listTrustDirKeys(trustDir).filter((k) => k.role === role && (gun === undefined || k.gun === gun));
}
/**
 * Writes `private/<keyID>.key` (0600) in a 0700 directory, as notary's file
 * store does. Refuses to overwrite an existing key file.
 */
function writeTrustDirKey(trustDir, keyID, pem) {
    if (!KEY_ID.test(keyID))
        throw new errors/* UsageError */.eb(`"${keyID}" is not a canonical key ID`);
    const dir = (0,external_node_path_namespaceObject.join)(trustDir, 'private');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    (0,external_node_fs_.chmodSync)(dir, 0o700);
    const path = (0,external_node_path_namespaceObject.join)(dir, `${keyID}.key`);
    if ((0,external_node_fs_.existsSync)(path)) {
        throw new errors/* UsageError */.eb(`key ${keyID.slice(0, 12)} is already in ${dir}; nothing written`);
    }
    (0,external_node_fs_.writeFileSync)(path, pem, { mode: 0o600, flag: 'wx' });
    return path;
}

;// CONCATENATED MODULE: ./src/host/proxy-env.ts

/** The first of the names that is set and not empty. */
function first(env, ...names) {
    for (const name of names) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return undefined;
}
/**
 * The proxy settings of the environment, read as Go's httpproxy.FromEnvironment
 * reads them (docker and notary): HTTPS_PROXY, HTTP_PROXY and NO_PROXY, each
 * upper case first, then lower case. Undefined when no proxy is set.
 */
function proxyFromEnv(env) {
    const config = {
        httpsProxy: first(env, 'HTTPS_PROXY', 'https_proxy'),
        httpProxy: first(env, 'HTTP_PROXY', 'http_proxy'),
        noProxy: first(env, 'NO_PROXY', 'no_proxy'),
    };
    return config.httpsProxy || config.httpProxy ? config : undefined;
}
/**
 * What must never appear in a log: each proxy's password and the
 * Proxy-Authorization value made from it (the Action masks them).
 */
function proxySecrets(config) {
    const out = [];
    for (const [value, name] of [
        [config?.httpsProxy, 'HTTPS_PROXY'],
        [config?.httpProxy, 'HTTP_PROXY'],
    ]) {
        if (!value)
            continue;
        try {
            const url = new URL(value.includes('://') ? value : `http://${value}`);
            if (url.password)
                out.push(url.password, decodeURIComponent(url.password));
            const route = parseProxyURL(value, name);
            if (route.authorization)
                out.push(route.authorization.slice(6));
        }
        catch {
            // an unusable proxy URL fails later, with a message that omits it
        }
    }
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./src/host/extra-ca.ts

/**
 * The PEM text of NODE_EXTRA_CA_CERTS, which node adds to its default trust
 * store at start-up (a corporate, TLS-inspecting proxy's CA). A transport
 * that trusts a private CA next to the system roots must add it back itself.
 * A file that cannot be read is skipped: node has already warned about it.
 */
function extraCAFromEnv(env) {
    const file = env.NODE_EXTRA_CA_CERTS;
    if (!file)
        return undefined;
    try {
        return [(0,external_node_fs_.readFileSync)(file, 'utf8')];
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/host/trusted-root.ts



/**
 * Where docker and notary keep the last verified root of a GUN:
 * `<trust dir>/tuf/<GUN>/metadata/root.json` ([N] client/client.go
 * NewFileCachedRepository, storage/filestore.go). The GUN's slashes are path
 * separators, so a GUN with an empty, `.` or `..` segment is refused: it could
 * point the file outside the trust dir (a bundle's GUN is untrusted input).
 */
function trustedRootPath(trustDir, gun) {
    const parts = gun.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\')))
        throw new errors/* UsageError */.eb(`"${gun}" is not a GUN (e.g. registry.example.com/acme/app)`);
    return (0,external_node_path_namespaceObject.join)(trustDir, 'tuf', ...parts, 'metadata', 'root.json');
}
/** The remembered root of `gun` (exact bytes), if docker, notary or we wrote one. */
function readTrustedRoot(trustDir, gun) {
    const path = trustedRootPath(trustDir, gun);
    return (0,external_node_fs_.existsSync)(path) ? new Uint8Array((0,external_node_fs_.readFileSync)(path)) : undefined;
}
/**
 * Remembers a verified root: written whole (temp file, then rename) in a
 * 0700 directory with mode 0600, as notary's file store does, so a crash never
 * leaves half a root that would lock the GUN out.
 */
function writeTrustedRoot(trustDir, gun, bytes) {
    const path = trustedRootPath(trustDir, gun);
    const current = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path) : undefined;
    if (current && Buffer.compare(current, Buffer.from(bytes)) === 0)
        return;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_namespaceObject.join)(path, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, bytes, { mode: 0o600 });
    (0,external_node_fs_.renameSync)(tmp, path);
}

;// CONCATENATED MODULE: ./src/host/index.ts
// host/: what the machine provides to both glues (action/, cli/): docker's
// config and credentials, trust directories, passphrases from the environment.







;// CONCATENATED MODULE: ./src/registry/reference.ts

/** Docker Hub's canonical domain, as docker/distribution reference normalizes it. */
const DOCKER_HUB = 'docker.io';
// Grammar from docker/distribution reference/regexp.go (described, not copied).
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const reference_TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/**
 * Parses an image reference as docker does: a first component with `.` or `:`
 * or `localhost` is a registry; otherwise it is Docker Hub, and a one-part
 * name gets `library/`. Throws UsageError naming what is wrong.
 */
function parseImageReference(input) {
    const text = input.trim();
    if (text === '')
        throw new errors/* UsageError */.eb('empty image reference');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new errors/* UsageError */.eb(`${text}: the digest must be sha256:<64 hex digits>`);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!reference_TAG.test(tag))
            throw new errors/* UsageError */.eb(`${text}: "${tag}" is not a valid tag`);
    }
    const parts = rest.split('/');
    let domain = DOCKER_HUB;
    if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]))
        domain = parts.shift();
    if (domain === 'index.docker.io' || domain === 'registry-1.docker.io')
        domain = DOCKER_HUB;
    if (domain === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const part of parts) {
        if (!COMPONENT.test(part)) {
            throw new errors/* UsageError */.eb(`${text}: "${part}" is not a valid repository name component (lower-case letters, digits, . _ -)`);
        }
    }
    const path = parts.join('/');
    return { domain, path, tag, digest, gun: `${domain}/${path}` };
}
/** The registry API base URL docker uses for a domain (Hub's API lives elsewhere). */
function defaultRegistryUrl(domain) {
    if (domain === DOCKER_HUB)
        return 'https://registry-1.docker.io';
    // docker treats loopback registries as insecure (plain HTTP allowed).
    const host = domain.replace(/:\d+$/, '');
    if (host === 'localhost' || /^127\./.test(host))
        return `http://${domain}`;
    return `https://${domain}`;
}
/** The trust server docker picks: notary.docker.io for Hub, else the registry host ([C] trust.go Server). */
function defaultTrustServer(domain) {
    return domain === DOCKER_HUB
        ? 'https://notary.docker.io'
        : `https://${domain}`;
}

;// CONCATENATED MODULE: ./src/registry/client.ts



/** The manifest kinds a DCT target may point at (issue 3: v2, list, OCI manifest and index). */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
];
/** The tag or digest is not in the registry. */
class ManifestNotFoundError extends errors/* SignerError */.nw {
}
/** The registry's answer contradicts itself or what we asked for. */
class RegistryResponseError extends errors/* SignerError */.nw {
}
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Reads manifest digests and sizes from a registry (distribution API v2),
 * never pulling an image: HEAD first, GET only when HEAD omits the digest or
 * the length, and then the bytes are hashed here.
 */
class RegistryClient {
    transport;
    baseUrl;
    constructor(baseUrl, transport) {
        this.transport = transport;
        this.baseUrl = baseUrl.replace(/\/+$/, '');
    }
    /** Resolves `reference` (a tag, or `sha256:…`) in repository `path`. */
    async resolve(path, reference) {
        const url = `${this.baseUrl}/v2/${path}/manifests/${reference}`;
        const headers = { accept: MANIFEST_MEDIA_TYPES.join(', ') };
        const head = await this.transport.request({ method: 'HEAD', url, headers });
        this.check(head, 'HEAD', path, reference);
        const digest = head.headers['docker-content-digest'];
        const length = Number(head.headers['content-length'] ?? NaN);
        const mediaType = (head.headers['content-type'] ?? '').split(';')[0].trim();
        if (digest && Number.isSafeInteger(length) && length > 0) {
            return this.verified(path, reference, {
                digest,
                size: length,
                mediaType,
            });
        }
        const get = await this.transport.request({
            method: 'GET',
            url,
            headers,
            maxBytes: MAX_MANIFEST_BYTES,
        });
        this.check(get, 'GET', path, reference);
        const computed = `sha256:${sha256Hex(get.body)}`;
        const claimed = get.headers['docker-content-digest'];
        if (claimed && claimed !== computed) {
            throw new RegistryResponseError(`${path}:${reference}: the registry says digest ${claimed} but the manifest hashes to ${computed}`);
        }
        return this.verified(path, reference, {
            digest: computed,
            size: get.body.length,
            mediaType: (get.headers['content-type'] ?? mediaType)
                .split(';')[0]
                .trim(),
        });
    }
    verified(path, reference, d) {
        if (!/^sha256:[a-f0-9]{64}$/.test(d.digest)) {
            throw new RegistryResponseError(`${path}:${reference}: unsupported digest ${d.digest} (only sha256 can be signed)`);
        }
        if (reference.startsWith('sha256:') && d.digest !== reference) {
            throw new RegistryResponseError(`${path}@${reference}: the registry answered with digest ${d.digest}`);
        }
        if (!MANIFEST_MEDIA_TYPES.includes(d.mediaType)) {
            throw new RegistryResponseError(`${path}:${reference}: unsupported manifest type "${d.mediaType}"`);
        }
        return d;
    }
    check(res, method, path, reference) {
        if (res.status === 200)
            return;
        const sep = reference.startsWith('sha256:') ? '@' : ':';
        if (res.status === 404) {
            throw new ManifestNotFoundError(`${path}${sep}${reference} is not in the registry ${this.baseUrl}; push it before signing`);
        }
        throw new HTTPError(res.status, method, `${this.baseUrl}/v2/${path}/manifests/${reference}`, undefined, 'registry request failed', undefined);
    }
}

;// CONCATENATED MODULE: ./src/registry/index.ts
// registry/: image references and manifest digests from a distribution registry.



;// CONCATENATED MODULE: ./src/ops/expiry.ts


const expiry_DAY_MS = 24 * 3600 * 1000;
/** notary re-signs root when fewer than 6 months remain ([N] client/client.go signRootIfNecessary). */
const ROOT_RENEW_DAYS = 182;
/**
 * Warnings for what only a key holder can renew: root (and its certificate,
 * whose expiry breaks every fresh client, §8.2) within 6 months, `targets`
 * within `warnDays`. Snapshot and timestamp are re-signed by the server, and
 * the roles we sign get a fresh expiry, so they are not reported.
 */
function expiryWarnings(repo, now, warnDays) {
    const out = [];
    const left = (iso) => (parseTime(iso).getTime() - now.getTime()) / expiry_DAY_MS;
    const root = repo.root.signed;
    const rootDays = left(root.expires);
    if (rootDays < Math.max(ROOT_RENEW_DAYS, warnDays)) {
        out.push(`root of ${repo.gun} expires ${root.expires} (${Math.floor(rootDays)} days); a root key holder must re-sign it (delegates cannot): dct-sign renew ${repo.gun} --role root`);
    }
    for (const [id, key] of root.roleKeys(ROOT_ROLE).keys) {
        if (!key.keyType.endsWith('-x509'))
            continue;
        try {
            const cert = certificateOfKey(key);
            const certDays = (cert.notAfter.getTime() - now.getTime()) / expiry_DAY_MS;
            if (certDays < Math.max(ROOT_RENEW_DAYS, warnDays)) {
                out.push(`root certificate ${id.slice(0, 12)} of ${repo.gun} expires ${cert.notAfter.toISOString()} (${Math.floor(certDays)} days): after that no fresh client can verify the repository; rotate the root key`);
            }
        }
        catch {
            // An unreadable certificate is already refused by verification.
        }
    }
    const targets = repo.targets.metadata.signed;
    const targetsDays = left(targets.expires);
    if (targetsDays < warnDays) {
        out.push(`targets of ${repo.gun} expires ${targets.expires} (${Math.floor(targetsDays)} days); a targets key holder must re-sign it: dct-sign renew ${repo.gun} --role targets`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ops/floors.ts
/**
 * The rollback floors to remember after a run: per role, the maximum of the
 * floor we came with and the version just verified, so a floor never goes
 * down (a role skipped this time keeps its old floor). A remembered
 * delegation that no trusted role delegates to any more was removed by a key
 * holder's signed targets: it is dropped, so the signer can be added again
 * later at version 1.
 */
function rollbackFloors(previous, repo) {
    const seen = {
        root: repo.root.signed.version,
        timestamp: repo.timestamp.signed.version,
        snapshot: repo.snapshot.signed.version,
    };
    const delegated = new Set();
    for (const [name, role] of repo.roles) {
        seen[name] = role.metadata.signed.version;
        for (const d of role.metadata.signed.delegationRoles)
            delegated.add(d.name);
    }
    const out = { ...seen };
    for (const [role, version] of Object.entries(previous ?? {})) {
        const kept = !role.startsWith('targets/') || delegated.has(role);
        if (kept)
            out[role] = Math.max(version, seen[role] ?? 0);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ops/role-edit.ts



/** notary's default lifetime for targets-type roles: 3 years ([N] const.go NotaryDefaultExpiries). */
const TARGETS_LIFETIME_MS = 3 * 365 * 24 * 3600 * 1000;
/** The target entry docker writes for a tag: sha256 of the manifest + its size, nothing else (§3.4). */
function targetMeta(target) {
    return FileMeta.fromSha256Hex(target.digest.replace(/^sha256:/, ''), target.size);
}
/**
 * The current content of a role we may sign. A verified role is edited as is;
 * a role the snapshot lists but nobody published yet starts empty at v1.
 * A role that is in the snapshot but was skipped by verification:
 * - expired only: started fresh, as notary's client does for a role it
 *   could not load ([N] client/tufclient.go skips it; the changelist then
 *   applies to an empty role): only this run's tags, at the next version;
 * - anything else (wrong key, under threshold): refused. Re-creating it would
 *   let a hostile server make us drop every other signed tag; after a signer
 *   removal a key holder repairs it (`dct-sign signer remove` / `rotate`).
 */
function currentRole(repo, files, role, warn) {
    const trusted = repo.role(role);
    if (trusted)
        return {
            base: trusted.metadata.signed,
            version: trusted.metadata.signed.version,
        };
    const raw = files.delegations?.get(role);
    if (!raw) {
        return {
            base: new Targets({ role, version: 1, expires: '2000-01-01T00:00:00Z' }),
            version: 0,
        };
    }
    const skipped = repo.warnings.find((w) => w.role === role);
    if (skipped?.cause instanceof ExpiredError) {
        // Its tags are not carried forward: the server picks which version we
        // see, and an old expired one may still hold a tag since revoked.
        // Re-signing it would make that tag valid again for three years.
        const expired = SignedMetadata.parse(raw, 'targets', role).signed;
        warn(`${role} of ${repo.gun} had expired (${expired.expires}); started fresh as notary does: its ${expired.targets.size} old tag(s) are not re-signed (an expired role vouches for nothing), only this run's tags`);
        return {
            base: new Targets({
                role,
                version: expired.version,
                expires: expired.expires,
            }),
            version: expired.version,
        };
    }
    throw new UntrustedRoleError(`${role} of ${repo.gun} does not verify (${skipped?.message ?? 'not reachable from targets'}); refusing to overwrite it: a key holder must repair it (dct-sign signer rotate, or signer add for a new key)`);
}
/**
 * Adds or replaces `targets` in each role, bumps the version, sets a fresh
 * expiry and signs. Roles where every tag is already signed as asked are
 * left out (nothing to upload for them).
 */
async function buildRoleChanges(repo, files, roles, targets, now, warn) {
    const changes = [];
    for (const { role, signers } of roles) {
        const { base, version } = currentRole(repo, files, role, warn);
        const changed = [];
        for (const target of targets) {
            const meta = targetMeta(target);
            const old = base.targets.get(target.tag);
            if (old?.length === meta.length && old.sha256Hex === meta.sha256Hex)
                continue;
            changed.push([target.tag, meta]);
        }
        const changedTags = changed.map(([tag]) => tag);
        let next = base.withTargets(changed);
        if (changedTags.length === 0)
            continue;
        next = next
            .withVersion(version + 1)
            .withExpires(new Date(now.getTime() + TARGETS_LIFETIME_MS));
        try {
            changes.push({
                role,
                previousVersion: version,
                signed: await signMetadata(next, signers),
                changedTags,
            });
        }
        catch (err) {
            throw (0,errors/* withContext */.eQ)(`signing ${role} of ${repo.gun}`, err);
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/ops/select-roles.ts




/** The key ID the role lists for this signer's key (TUF or certificate ID), if any. */
function listedKey(signer, delegation, keys) {
    for (const id of delegation.keyIDs) {
        const key = keys.get(id);
        if (key && (id === signer.keyID || x509_canonicalKeyID(key) === signer.keyID))
            return key;
    }
    return undefined;
}
/**
 * The roles delegation keys sign into. Default: every direct child of
 * `targets` that lists one of the keys and whose paths allow every tag, as
 * `docker trust sign` picks them ([C] cli/trust/trust.go GetSignableRoles):
 * in practice `targets/releases` and `targets/<signer>`. With `override`,
 * exactly those roles (any depth), each of which must list a key. Each role
 * is signed by every given key it lists, and those must reach its threshold:
 * notary refuses to sign with fewer ([N] tuf/signed/sign.go
 * ErrInsufficientSignatures) and the server would reject the upload.
 */
function selectSignableRoles(repo, signer, tags, override, others = []) {
    const names = override ?? repo.targets.metadata.signed.delegationRoles.map((r) => r.name);
    const all = [signer, ...others];
    const out = [];
    for (const name of names) {
        const parentName = parentRole(name);
        const parent = parentName ? repo.role(parentName) : undefined;
        const delegation = parent?.metadata.signed.delegation(name);
        if (!parent || !delegation) {
            if (override) {
                throw new errors/* UsageError */.eb(`roles: ${name} is not a delegation of ${parentName ?? TARGETS_ROLE} in ${repo.gun}; delegations: ${listDelegations(repo)}`);
            }
            continue;
        }
        const signers = select_roles_roleSigners(all, delegation, parent.metadata.signed.delegationKeys);
        if (signers.length === 0) {
            if (override) {
                throw new KeyNotDelegatedError(`${name} in ${repo.gun} does not list key ${select_roles_shortIDs(all)}; ask a key holder to run \`dct-sign signer add\` for this key`);
            }
            continue;
        }
        const paths = restrictPaths(parent.paths, delegation.paths);
        const outside = tags.filter((t) => !isPathAllowed(t, paths));
        if (outside.length > 0) {
            if (override) {
                throw new KeyNotDelegatedError(`tag ${outside.join(', ')} is outside the paths of ${name} (${paths.map((p) => JSON.stringify(p)).join(', ')})`);
            }
            continue;
        }
        if (signers.length < delegation.threshold) {
            throw new KeyNotDelegatedError(`${name} in ${repo.gun} needs ${delegation.threshold} signatures (threshold) but the given keys provide ${signers.length}: give every key it needs (several private keys in delegation-key, one after the other)`);
        }
        out.push({ role: name, signers, delegation, paths });
    }
    if (out.length === 0) {
        throw new KeyNotDelegatedError(`key ${select_roles_shortIDs(all)} is not a signer of ${repo.gun} (delegations: ${listDelegations(repo)}); ask a key holder to run \`dct-sign signer add <name> ${repo.gun} --key <public key>\``);
    }
    return out;
}
/** The given keys a role lists, each filed under the ID the role lists it by. */
function select_roles_roleSigners(keys, delegation, roleKeys) {
    const out = [];
    for (const signer of keys) {
        const key = listedKey(signer, delegation, roleKeys);
        if (!key || out.some((s) => s.keyID === key.keyID))
            continue;
        out.push(key.keyType.endsWith('-x509') ? signerForCertificate(signer, key) : signer);
    }
    return out;
}
function select_roles_shortIDs(keys) {
    return keys.map((k) => k.keyID.slice(0, 12)).join(', ');
}
function listDelegations(repo) {
    const roles = repo.targets.metadata.signed.delegationRoles;
    return roles.length === 0 ? 'none' : roles.map((r) => r.name).join(', ');
}

;// CONCATENATED MODULE: ./src/ops/sign-images.ts










/**
 * Publish attempts by default. 16 matrix jobs racing for one role need up to
 * 6 on a busy runner (test/e2e/concurrency.e2e.test.ts); 12 leaves a margin,
 * and with the 5 s cap below a loser waits at most about a minute in all.
 */
const DEFAULT_MAX_ATTEMPTS = 12;
const defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Signs image tags into the delegation roles of `key` and publishes them in
 * one atomic upload, then reads the repository back as a client would. On a
 * concurrent update (400 VERSION, notary-protocol.md §1.7) or a read-back that
 * misses our tags (0.7 SQL race), it starts again from fresh metadata.
 */
async function signImages(o) {
    const { logger } = o;
    const maxAttempts = o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const sleep = o.sleep ?? defaultSleep;
    const hints = [
        'targets/releases',
        ...(o.signerName
            ? [`targets/${o.signerName.replace(/^targets\//, '')}`]
            : []),
        ...(o.roles ?? []),
    ];
    const pendingTargets = Promise.resolve(o.targets);
    // Handled here so an early registry failure is not an unhandled rejection;
    // it is still thrown where the targets are awaited.
    void pendingTargets.catch(() => undefined);
    for (let attempt = 1;; attempt++) {
        const now = o.clock.now();
        const { repo, files } = await logger.group(`Verify trust data of ${o.gun}`, async () => {
            const loaded = await loadTrustedRepository(o.notary, {
                ...o,
                referenceTime: now,
                hints,
            });
            describeRepository(loaded.repo, logger);
            return loaded;
        });
        const warnings = [
            ...expiryWarnings(repo, now, o.expiryWarnDays),
            ...repo.warnings.map((w) => `${w.role}: ${w.message}`),
        ];
        for (const w of warnings)
            logger.warn(w);
        const targets = await pendingTargets;
        const tags = targets.map((t) => t.tag);
        const roles = selectSignableRoles(repo, o.key, tags, o.roles, o.extraKeys);
        const changes = await logger.group(`Sign ${tags.length} tag(s) into ${roles.map((r) => r.role).join(', ')}`, async () => {
            const built = await buildRoleChanges(repo, files, roles, targets, now, (m) => warnings.push(m));
            for (const c of built)
                logger.info(describeChange(c, targets));
            if (built.length === 0)
                logger.info('every tag is already signed with this digest and size in every role: nothing to upload');
            return built;
        });
        const result = (published, verified) => ({
            gun: o.gun,
            trustServer: o.trustServer,
            keyID: o.key.keyID,
            roles: roles.map((r) => {
                const change = changes.find((c) => c.role === r.role);
                const current = (verified ?? repo).role(r.role)?.metadata.signed;
                return {
                    role: r.role,
                    previousVersion: change?.previousVersion ?? current?.version ?? 0,
                    version: change?.signed.signed.version ?? current?.version ?? 0,
                    expires: change?.signed.signed.expires ?? current?.expires ?? '',
                };
            }),
            targets: [...targets],
            published,
            verifiedAfterPublish: verified !== undefined,
            rootKeyIDs: [...repo.root.signed.roleKeys(ROOT_ROLE).keys.keys()],
            rootBytes: repo.root.bytes,
            versions: rollbackFloors(o.previousVersions, verified ?? repo),
            snapshotVersion: verified?.snapshot.signed.version,
            timestampVersion: verified?.timestamp.signed.version,
            warnings,
            attempts: attempt,
        });
        if (o.dryRun) {
            logger.info(`dry run: would upload ${changes.map((c) => c.role).join(', ') || 'nothing'} to ${o.trustServer}`);
            return result(false, undefined);
        }
        if (changes.length === 0)
            return result(false, repo);
        const readBackNow = () => sign_images_readBack(o, now, changes, roles.map((r) => r.role), files, rollbackFloors(o.previousVersions, repo), targets);
        try {
            await logger.group(`Publish to ${o.trustServer}`, async () => {
                await o.notary.publish(changes.map((c) => ({ role: c.role, bytes: c.signed.bytes })));
                logger.info(`uploaded ${changes.map((c) => `${c.role} v${c.signed.signed.version}`).join(', ')} in one request`);
            });
        }
        catch (err) {
            if (isVersionConflict(err) && attempt < maxAttempts) {
                const wait = backoff(attempt);
                logger.info(`another publisher updated ${o.gun} first; retrying on the new state in ${wait} ms (attempt ${attempt + 1}/${maxAttempts})`);
                await sleep(wait);
                continue;
            }
            if (isVersionConflict(err)) {
                throw new PublishConflictError(`${o.gun}: gave up after ${attempt} attempts: other publishers kept updating the repository; serialize signing per repository (a workflow concurrency group)`, { cause: err });
            }
            if (isTransient(err) && attempt < maxAttempts) {
                // The upload may have landed with its answer lost (reset, timeout,
                // 502 from a proxy): a client-side read-back tells. If our tags are
                // served, we are done; if not, start again from fresh metadata.
                logger.warn(`the upload to ${o.trustServer} failed (${errorText(err)}); checking whether it landed`);
                const landed = await readBackNow().catch(() => undefined);
                if (landed)
                    return result(true, landed);
                await sleep(backoff(attempt));
                continue;
            }
            if (err instanceof NotaryHTTPError && err.status === 400)
                throw explainRejection(err, o.gun, changes.map((c) => c.role));
            throw (0,errors/* withContext */.eQ)(`publishing ${changes.map((c) => c.role).join(', ')} of ${o.gun}`, err);
        }
        const verified = await logger.group('Verify what the server now serves', readBackNow);
        if (verified)
            return result(true, verified);
        if (attempt >= maxAttempts) {
            throw new ReadBackError(`${o.gun}: the server accepted the upload but does not serve the signed tags; check the trust server's storage`);
        }
        logger.warn(`${o.gun}: the server accepted the upload but lost it (a known notary-server 0.7 race); signing again`);
        await sleep(backoff(attempt));
    }
}
/**
 * A client-side check after the upload: timestamp and snapshot are fetched
 * anew and verified; every other file, our uploaded roles included, is taken
 * from what we hold only where the new snapshot names exactly those bytes
 * (sha256 and length), else fetched by hash, as a client downloads it. Our
 * tags must then be in every role with our digest and size. Not downloading
 * our own uploads again halves the traffic for big roles (the benchmark's
 * 10,000-target case).
 */
async function sign_images_readBack(o, now, changes, roles, before, beforeVersions, targets) {
    const delegations = new Map(before.delegations);
    for (const c of changes)
        delegations.set(c.role, c.signed.bytes);
    const { repo } = await loadTrustedRepository(o.notary, {
        trustedRoot: before.root,
        referenceTime: now,
        known: { ...before, delegations },
        // Nothing may go back below what we saw before publishing (rollback).
        previousVersions: beforeVersions,
    });
    for (const role of roles) {
        const signed = repo.role(role)?.metadata.signed;
        for (const t of targets) {
            const got = signed?.targets.get(t.tag);
            const want = targetMeta(t);
            if (!got ||
                got.sha256Hex !== want.sha256Hex ||
                got.length !== want.length) {
                o.logger.warn(`read-back: ${role} does not hold ${t.tag} → ${t.digest} (${t.size} bytes)`);
                return undefined;
            }
        }
    }
    o.logger.info(`read back snapshot v${repo.snapshot.signed.version}, timestamp v${repo.timestamp.signed.version}: ${targets.length} tag(s) verified in ${roles.join(', ')}`);
    return repo;
}
/** A failure worth retrying: network trouble, or a 5xx answer. */
function isTransient(err) {
    if (err instanceof NetworkError)
        return err.retryable;
    return err instanceof HTTPError && err.status >= 500;
}
function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Full-jitter exponential backoff, capped at 5 s. */
function backoff(attempt) {
    return Math.round(Math.random() * Math.min(5000, 250 * 2 ** attempt));
}
function describeRepository(repo, logger) {
    const root = repo.root.signed;
    logger.info(`root v${root.version} (keys ${[...root.roleKeys(ROOT_ROLE).keys.keys()].map((k) => k.slice(0, 12)).join(', ')}), expires ${root.expires}`);
    logger.info(`timestamp v${repo.timestamp.signed.version}, snapshot v${repo.snapshot.signed.version}, targets v${repo.targets.metadata.signed.version}`);
    for (const [name, role] of repo.roles) {
        if (name !== 'targets')
            logger.info(`${name} v${role.metadata.signed.version}: ${role.metadata.signed.targets.size} tag(s), expires ${role.metadata.signed.expires}`);
    }
}
function describeChange(c, targets) {
    const lines = c.changedTags.map((tag) => {
        const t = targets.find((x) => x.tag === tag);
        return `  + ${tag} → ${t.digest} (${t.size} bytes)`;
    });
    return [
        `${c.role}: v${c.previousVersion} → v${c.signed.signed.version}, expires ${c.signed.signed.expires}`,
        ...lines,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/ops/inspect.ts


function keyReport(id, key) {
    const out = {
        id,
        canonicalID: x509_canonicalKeyID(key),
        type: key.keyType,
    };
    if (key.keyType.endsWith('-x509')) {
        try {
            out.certificateExpires = certificateOfKey(key)
                .notAfter.toISOString()
                .replace('.000Z', 'Z');
        }
        catch {
            // Verification already refuses unreadable root certificates.
        }
    }
    return out;
}
const digestOf = (hex) => (hex ? `sha256:${hex}` : null);
/** Builds the report of a verified repository. */
function reportRepository(repo, at) {
    const root = repo.root.signed;
    const roles = [
        ROOT_ROLE,
        TARGETS_ROLE,
        SNAPSHOT_ROLE,
        TIMESTAMP_ROLE,
    ].map((name) => {
        const rk = root.roleKeys(name);
        const meta = name === ROOT_ROLE
            ? root
            : name === TARGETS_ROLE
                ? repo.targets.metadata.signed
                : name === SNAPSHOT_ROLE
                    ? repo.snapshot.signed
                    : repo.timestamp.signed;
        return {
            name,
            version: meta.version,
            expires: meta.expires,
            threshold: rk.threshold,
            keys: [...rk.keys].map(([id, k]) => keyReport(id, k)),
        };
    });
    for (const [name, role] of repo.roles) {
        const signed = role.metadata.signed;
        const entry = roles.find((r) => r.name === name);
        const tags = [...signed.targets].map(([tag, m]) => ({
            tag,
            digest: digestOf(m.sha256Hex),
            size: m.length,
        }));
        if (entry) {
            entry.tags = tags;
            continue;
        }
        roles.push({
            name,
            version: signed.version,
            expires: signed.expires,
            threshold: role.keys.threshold,
            keys: [...role.keys.keys].map(([id, k]) => keyReport(id, k)),
            paths: [...role.paths],
            tags,
        });
    }
    return {
        schema: 'dct-sign/inspect/v1',
        gun: repo.gun,
        verifiedAt: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        roles,
        signedTags: signedTags(repo),
        unpublishedDelegations: [...repo.unpublished],
        warnings: repo.warnings.map((w) => `${w.role}: ${w.message}`),
    };
}
/**
 * Tags a docker client would pull: those in `targets/releases` or `targets`
 * ([C] cli/command/trust/inspect.go), each with every role holding the same entry.
 */
function signedTags(repo) {
    const names = new Set();
    for (const role of ['targets/releases', TARGETS_ROLE]) {
        for (const t of repo.role(role)?.metadata.signed.targets.keys() ?? [])
            names.add(t);
    }
    return [...names].sort().map((tag) => {
        const [first, ...rest] = repo.findTarget(tag, {
            roles: ['targets/releases', TARGETS_ROLE, ...repo.roles.keys()],
        });
        const same = [first, ...rest].filter((m) => m.sha256Hex === first.sha256Hex && m.length === first.length);
        return {
            tag,
            digest: digestOf(first.sha256Hex),
            size: first.length,
            roles: [...new Set(same.map((m) => m.role))],
        };
    });
}
/** The report as text for people: roles, keys, tags. */
function formatReport(report) {
    const out = [
        `Repository ${report.gun} (verified at ${report.verifiedAt})`,
        '',
    ];
    out.push('Roles:');
    for (const r of report.roles) {
        const keys = r.keys
            .map((k) => k.canonicalID === k.id
            ? k.id.slice(0, 12)
            : `${k.id.slice(0, 12)} (canonical ${k.canonicalID.slice(0, 12)})`)
            .join(', ');
        out.push(`  ${r.name.padEnd(20)} v${String(r.version).padEnd(4)} expires ${r.expires}  threshold ${r.threshold}  keys ${keys}${r.paths ? `  paths ${JSON.stringify(r.paths)}` : ''}`);
    }
    out.push('', 'Signed tags:');
    if (report.signedTags.length === 0)
        out.push('  (none)');
    for (const t of report.signedTags)
        out.push(`  ${t.tag.padEnd(20)} ${t.digest ?? '(no sha256)'}  ${t.size} bytes  ${t.roles.join(', ')}`);
    for (const name of report.unpublishedDelegations)
        out.push(`  note: ${name} is delegated but was never published`);
    for (const w of report.warnings)
        out.push(`warning: ${w}`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/ops/types.ts
/** A Logger that drops everything (for tests and library use). */
const SILENT_LOGGER = {
    info: () => undefined,
    warn: () => undefined,
    debug: () => undefined,
    group: (_name, fn) => fn(),
};
/** The wall clock. */
const SYSTEM_CLOCK = { now: () => new Date() };

;// CONCATENATED MODULE: ./src/ops/index.ts
// ops/: the use cases, composing tuf/ + keys/ + notary/. No @actions, no env,
// no files: the glue passes ports (Logger, Clock) and bytes in.









;// CONCATENATED MODULE: ./src/cli/connect.ts








/** Flags of the root anchors (see rootTrust). */
const TRUST_FLAGS = {
    'root-key-id': { type: 'string' },
    'trust-dir': { type: 'string' },
};
/** Flags every networked command takes; they mirror the Action's inputs. */
const SERVER_FLAGS = {
    'trust-server': { type: 'string' },
    'trust-server-ca': { type: 'string' },
    ...TRUST_FLAGS,
};
/**
 * Where docker would look, in order: --trust-server, DOCKER_CONTENT_TRUST_SERVER,
 * notary.docker.io for Hub or https://<registry host> ([C] cli/trust/trust.go);
 * the CA from --trust-server-ca or $DOCKER_CONFIG/tls/<host:port>/*.crt;
 * credentials from NOTARY_AUTH (base64 user:pass) or docker's config.
 */
function connect(io, reference, values, access) {
    const ref = parseImageReference(reference);
    const trustServer = String(values['trust-server'] ??
        io.env.DOCKER_CONTENT_TRUST_SERVER ??
        defaultTrustServer(ref.domain)).replace(/\/+$/, '');
    if (!/^https?:\/\//.test(trustServer)) {
        throw new errors/* UsageError */.eb(`--trust-server: "${trustServer}" is not an http(s) URL; pass e.g. https://notary.example.com`);
    }
    const transport = withTokenAuth(withRetries(createNodeTransport({
        ca: trustCA(io, values, trustServer),
        caOrigin: trustServer,
        userAgent: 'dct-sign',
        extraCA: extraCAFromEnv(io.env),
        proxy: proxyFromEnv(io.env),
    })), {
        credentials: credentialsFor(io, ref.domain),
        scopes: [`repository:${ref.gun}:${access}`],
    });
    return {
        client: new NotaryClient({
            serverUrl: trustServer,
            gun: ref.gun,
            transport,
        }),
        ref,
        trustServer,
        transport,
        close: () => transport.close?.(),
    };
}
function trustCA(io, values, server) {
    const flag = values['trust-server-ca'];
    if (typeof flag === 'string') {
        const file = (0,external_node_path_namespaceObject.resolve)(io.cwd, flag);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* UsageError */.eb(`--trust-server-ca: ${flag} does not exist`);
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    const dir = (0,external_node_path_namespaceObject.join)(dockerConfigDir(io.env), 'tls', new URL(server).host);
    if (!(0,external_node_fs_.existsSync)(dir))
        return undefined;
    const pems = (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => f.endsWith('.crt'))
        .map((f) => (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(dir, f), 'utf8'));
    return pems.length > 0 ? pems.join('\n') : undefined;
}
function credentialsFor(io, domain) {
    const auth = io.env.NOTARY_AUTH;
    return ((auth ? decodeBasicAuth(auth) : undefined) ??
        dockerCredentials(domain, io.env));
}
/**
 * The root anchors of a command on `gun`, as docker and notary keep them: the
 * pin (--root-key-id), the root remembered in the trust dir
 * (`tuf/<GUN>/metadata/root.json`, written by docker, notary or us), and
 * where to remember the next verified root.
 */
function rootTrust(io, values, gun) {
    const dir = trustDirOf(io, values);
    return {
        rootKeyID: rootKeyIDFlag(values),
        trustedRoot: readTrustedRoot(dir, gun),
        remember: (root) => writeTrustedRoot(dir, gun, root),
    };
}
/** --trust-dir, else docker's trust dir. */
function trustDirOf(io, values) {
    const flag = values['trust-dir'];
    return typeof flag === 'string'
        ? (0,external_node_path_namespaceObject.resolve)(io.cwd, flag)
        : dockerTrustDir(io.env);
}
/** `--root-key-id`, when given. */
function rootKeyIDFlag(values) {
    const v = values['root-key-id'];
    return typeof v === 'string' ? parseRootPin(v) : undefined;
}
/**
 * For the read-only commands: connect, fetch and verify the repository as a
 * client does (root pinned by --root-key-id or remembered, see rootTrust),
 * hand it to `use`, then close.
 */
async function withVerifiedRepository(io, reference, values, options, use) {
    const conn = connect(io, reference, values, 'pull');
    try {
        const { repo } = await loadTrustedRepository(conn.client, {
            referenceTime: options.at ?? new Date(),
            ...rootTrust(io, values, conn.ref.gun),
            hints: options.hints,
        });
        return use(repo);
    }
    finally {
        conn.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/fetch.ts





/** `dct-sign fetch GUN --out BUNDLE`: step 1 of the offline ceremony (online, no keys). */
const fetchCommand = {
    name: 'fetch',
    summary: 'offline ceremony, step 1: download and verify a repository into a bundle file',
    positionals: ['GUN'],
    flags: {
        out: { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign fetch GUN --out BUNDLE [--force] [--json] [--root-key-id ID] [--trust-dir DIR] [--trust-server URL] [--trust-server-ca FILE]

Offline ceremony for keys that never touch a networked machine:
  1. online:   dct-sign fetch GUN --out app.bundle.json
  2. offline:  dct-sign signer add|remove|rotate ... --bundle app.bundle.json
  3. online:   dct-sign publish app.bundle.json

This step downloads every metadata file of GUN, verifies it, and writes a JSON
bundle (server URL, GUN, fetch time, each file in base64). It needs no key and
holds nothing secret.

Flags:
  --out FILE         the bundle to write (refuses to overwrite without --force)
  --root-key-id ID   pin the root (full 64-hex ID): a threshold of it must be
                     signed by this key; recorded in the bundle, and checked
                     again on the offline machine
  --trust-dir DIR    where the verified root is remembered (default docker's)
  --json       {"bundle","gun","server","fetchedAt","roles"}

Example:
  dct-sign fetch registry.example.com/acme/app --out app.bundle.json`,
    async run({ values, args, io }) {
        if (typeof values.out !== 'string')
            throw new errors/* UsageError */.eb('fetch: give --out BUNDLE, the file to write');
        const out = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.out);
        if ((0,external_node_fs_.existsSync)(out) && values.force !== true)
            throw new errors/* UsageError */.eb(`fetch: ${values.out} exists; pass --force to overwrite it`);
        const conn = connect(io, args[0], values, 'pull');
        try {
            const { bundle, repo } = await fetchBundle(conn.client, new Date(), rootTrust(io, values, conn.ref.gun));
            (0,external_node_fs_.writeFileSync)(out, encodeBundle(bundle));
            const info = {
                bundle: out,
                gun: bundle.gun,
                server: bundle.server,
                fetchedAt: bundle.fetchedAt,
                roles: Object.keys(bundle.files),
            };
            if (values.json)
                io.out(JSON.stringify(info, null, 2));
            else {
                const signers = listSigners(repo).signers.map((s) => s.name);
                io.out(`fetched and verified ${bundle.gun} (${info.roles.length} files; signers: ${signers.join(', ') || 'none'}) into ${values.out}`);
            }
        }
        finally {
            conn.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/ops/history/diff.ts



/**
 * Reduces a verified version to its view. A role that stopped verifying keeps
 * the view of its last good version, so the timeline reports "role invalid"
 * once instead of every one of its tags as removed.
 */
function viewOf(repo, time, previous) {
    const names = diff_signerNames(repo);
    const roles = new Map();
    for (const [name, role] of repo.roles)
        roles.set(name, roleView(role, names));
    const invalid = new Map();
    for (const w of repo.warnings) {
        if (!w.cause || roles.has(w.role))
            continue;
        invalid.set(w.role, w.message);
        const last = previous?.roles.get(w.role);
        if (last)
            roles.set(w.role, last);
    }
    return {
        time,
        timestampVersion: repo.timestamp.signed.version,
        root: repo.root.signed,
        roles,
        invalid,
    };
}
/** Every change from `prev` (undefined: an empty repository) to `next`, in a stable order. */
function diffViews(prev, next) {
    const at = { time: next.time, timestampVersion: next.timestampVersion };
    const events = [];
    if (!prev || prev.root.version !== next.root.version) {
        events.push({
            ...at,
            kind: 'root-changed',
            rootVersion: next.root.version,
            previousRootVersion: prev?.root.version ?? null,
            changes: BASE_ROLES.map((r) => rootKeyChange(r, prev?.root, next.root)).filter((c) => c !== undefined),
        });
    }
    for (const [role, message] of next.invalid)
        if (!prev?.invalid.has(role))
            events.push({ ...at, kind: 'role-invalid', role, message });
    for (const role of prev?.invalid.keys() ?? [])
        if (!next.invalid.has(role) && next.roles.has(role))
            events.push({ ...at, kind: 'role-valid', role });
    const roleNames = [
        ...new Set([...(prev?.roles.keys() ?? []), ...next.roles.keys()]),
    ];
    for (const role of roleNames) {
        const before = prev?.roles.get(role);
        const after = next.roles.get(role);
        if (before?.hash === after?.hash)
            continue;
        events.push(...signerEvents(role, before, after, at));
        events.push(...tagEvents(role, before, after, at));
    }
    return events;
}
function rootKeyChange(role, prev, next) {
    const ids = (root) => {
        try {
            return root?.roleKeys(role);
        }
        catch {
            return undefined;
        }
    };
    const a = ids(prev);
    const b = ids(next);
    const before = new Set(a?.keys.keys() ?? []);
    const after = new Set(b?.keys.keys() ?? []);
    const change = keyChange(role, before, after);
    if (a && b && a.threshold !== b.threshold)
        change.threshold = { from: a.threshold, to: b.threshold };
    return change.added.length || change.removed.length || change.threshold
        ? change
        : undefined;
}
function keyChange(role, before, after) {
    return {
        role,
        added: [...after].filter((k) => !before.has(k)).sort(),
        removed: [...before].filter((k) => !after.has(k)).sort(),
    };
}
function signerEvents(parent, before, after, at) {
    if (!after)
        return []; // the parent itself went away: its own removal says it
    const out = [];
    const names = [
        ...new Set([
            ...(before?.delegations.keys() ?? []),
            ...after.delegations.keys(),
        ]),
    ].sort(compareUtf8);
    for (const role of names) {
        const a = before?.delegations.get(role);
        const b = after.delegations.get(role);
        const keys = keyChange(role, a?.keyIDs ?? new Set(), b?.keyIDs ?? new Set());
        if (a && b && a.threshold !== b.threshold)
            keys.threshold = { from: a.threshold, to: b.threshold };
        const kind = !a
            ? 'signer-added'
            : !b
                ? 'signer-removed'
                : 'signer-keys-changed';
        if (kind === 'signer-keys-changed' &&
            !keys.added.length &&
            !keys.removed.length &&
            !keys.threshold)
            continue;
        out.push({
            ...at,
            kind,
            role,
            parent,
            parentVersion: after.version,
            keys,
            signedBy: after.signedBy,
        });
    }
    return out;
}
function tagEvents(role, before, after, at) {
    const out = [];
    const tags = [
        ...new Set([
            ...(before?.targets.keys() ?? []),
            ...(after?.targets.keys() ?? []),
        ]),
    ].sort(compareUtf8);
    for (const tag of tags) {
        const a = before?.targets.get(tag);
        const b = after?.targets.get(tag);
        const base = {
            ...at,
            tag,
            role,
            roleVersion: after?.version ?? before.version,
            signedBy: after?.signedBy ?? [],
        };
        if (!a && b)
            out.push({ ...base, kind: 'tag-added', ...entry(b) });
        else if (a && !b)
            out.push({ ...base, kind: 'tag-removed', ...entry(a) });
        else if (a && b && (a.sha256Hex !== b.sha256Hex || a.length !== b.length))
            out.push({
                ...base,
                kind: 'tag-moved',
                ...entry(b),
                previousDigest: entry(a).digest,
            });
    }
    return out;
}
function entry(meta) {
    return { digest: `sha256:${meta.sha256Hex ?? ''}`, size: meta.length };
}
function roleView(role, names) {
    const signed = role.metadata.signed;
    const targets = new Map([...signed.targets].filter(([tag]) => isPathAllowed(tag, role.paths)));
    const delegations = new Map(signed.delegationRoles.map((d) => [
        d.name,
        { keyIDs: new Set(d.keyIDs), threshold: d.threshold },
    ]));
    // The keys whose signatures verified (the threshold already held).
    const valid = verifyThreshold(role.metadata.signedBytes, role.metadata.signatures, role.keys, verifySignature);
    return {
        version: signed.version,
        hash: sha256Hex(role.metadata.bytes),
        targets,
        delegations,
        signedBy: [...valid]
            .sort()
            .map((keyID) => ({ keyID, signer: names.get(keyID) ?? null })),
    };
}
/** Key ID → docker signer name: the `targets/<name>` roles other than releases that list it. */
function diff_signerNames(repo) {
    const out = new Map();
    const roles = [...repo.targets.metadata.signed.delegationRoles]
        .filter((d) => d.name !== RELEASES_ROLE)
        .sort((a, b) => compareUtf8(a.name, b.name));
    for (const d of roles)
        for (const id of d.keyIDs)
            if (!out.has(id))
                out.set(id, d.name.slice('targets/'.length));
    return out;
}

;// CONCATENATED MODULE: ./src/ops/history/errors.ts

/** The history walk cannot go on (no trust data, a hostile or broken feed, no trusted root). */
class HistoryWalkError extends errors/* SignerError */.nw {
}

;// CONCATENATED MODULE: ./src/ops/history/sources.ts



/** notary-server signs timestamps for 14 days ([N] server/timestamp/timestamp.go). */
const TIMESTAMP_LIFETIME_MS = 14 * 24 * 3600 * 1000;
/**
 * Lists the timestamps to walk: from the changefeed when the server has one
 * (newest first, page by page), else by version from the current timestamp
 * down to 1, where missing versions are gaps ([N] 0.7 SQL stores can drop a
 * row, and a migrated repository starts wherever it started).
 */
async function listTimestamps(client, feed, options) {
    const fromFeed = feed ? await fromChangefeed(feed, options) : undefined;
    return fromFeed ?? fromVersions(client, options);
}
async function fromChangefeed(feed, options) {
    const out = [];
    let before = '-1';
    let last;
    while (out.length < options.max) {
        const want = Math.min(CHANGEFEED_PAGE, options.max - out.length);
        const page = await feed.before(before, want);
        if (!page) {
            if (before === '-1')
                return undefined; // no changefeed on this server
            throw new HistoryWalkError('the changefeed stopped answering in the middle of the walk; run the command again');
        }
        for (const record of [...page].reverse()) {
            const id = BigInt(record.id);
            // IDs must fall strictly, or a hostile server could loop us forever.
            if (last !== undefined && id >= last)
                throw new HistoryWalkError(`the changefeed returned change ${record.id} after ${last}; refusing an out-of-order feed`);
            last = id;
            // Before a deletion lies another repository's history (DELETE wipes it).
            if (record.category === 'deletion')
                return { refs: out.reverse(), source: 'changefeed', complete: true };
            out.push({
                version: record.version,
                sha256: record.sha256,
                createdAt: record.createdAt,
            });
            if (options.since && isBefore(record.createdAt, options.since))
                return { refs: out.reverse(), source: 'changefeed', complete: false };
        }
        if (page.length < want)
            return { refs: out.reverse(), source: 'changefeed', complete: true };
        before = String(last);
    }
    return { refs: out.reverse(), source: 'changefeed', complete: false };
}
async function fromVersions(client, options) {
    const current = await client.getRole('timestamp');
    if (!current)
        throw new HistoryWalkError(`${client.serverUrl} has no trust data for ${client.gun}`);
    const newest = peekTimestamp(current)?.version ?? 1;
    const refs = [];
    let v = newest;
    // At most `max` versions are asked for, gaps included: the newest version
    // is the server's claim and could be anything.
    const floor = Math.max(1, newest - options.max + 1);
    while (v >= floor) {
        const batch = Array.from({ length: Math.min(PARALLEL, v - floor + 1) }, (_, i) => v - i);
        const files = await Promise.all(batch.map((n) => n === newest
            ? Promise.resolve(current)
            : client.getRole(`${n}.timestamp`, { maxBytes: MAX_BYTES.timestamp })));
        for (const [i, bytes] of files.entries()) {
            v = batch[i] - 1;
            if (!bytes)
                continue; // a gap
            refs.push({ version: batch[i], bytes });
            const ts = peekTimestamp(bytes);
            if (options.since && ts && signedAt(ts.expires) < options.since.getTime())
                return { refs: refs.reverse(), source: 'versions', complete: false };
        }
    }
    return { refs: refs.reverse(), source: 'versions', complete: v < 1 };
}
/** Requests in flight at once while probing versions. */
const PARALLEL = 8;
/** When a server-made timestamp was signed: its expiry minus notary's lifetime. */
function signedAt(expires) {
    return parseTime(expires).getTime() - TIMESTAMP_LIFETIME_MS;
}
function peekTimestamp(bytes) {
    try {
        return SignedMetadata.parse(bytes, 'timestamp').signed;
    }
    catch {
        return undefined;
    }
}
function isBefore(time, since) {
    const t = Date.parse(time);
    return Number.isFinite(t) && t < since.getTime();
}

;// CONCATENATED MODULE: ./src/ops/history/load-version.ts





/**
 * Fetches and verifies published versions. Order per version: the timestamp
 * is verified against the trusted roots' timestamp keys BEFORE anything in it
 * is used; every other file is fetched by the sha256 a verified parent names,
 * size-capped by the length it names, then the whole version goes through
 * verifyRepository with the root its snapshot names (which must be in the
 * trusted chain). Files are cached by hash: versions share most of them.
 */
class VersionLoader {
    client;
    roots;
    cache = new Map();
    constructor(client, roots) {
        this.client = client;
        this.roots = roots;
    }
    async load(ref) {
        const gun = this.client.gun;
        const tsBytes = ref.bytes ??
            (ref.sha256
                ? await this.client.getRole(TIMESTAMP_ROLE, { sha256: ref.sha256 })
                : await this.client.getRole(`${ref.version}.${TIMESTAMP_ROLE}`, {
                    maxBytes: MAX_BYTES.timestamp,
                }));
        if (!tsBytes)
            throw new HistoryWalkError(`timestamp v${ref.version} is gone from the server`);
        if (ref.sha256 && sha256Hex(tsBytes) !== ref.sha256)
            throw new HistoryWalkError(`timestamp v${ref.version}: the server sent other bytes than the changefeed names`);
        const timestamp = SignedMetadata.parse(tsBytes, 'timestamp');
        if (timestamp.signed.version !== ref.version)
            throw new HistoryWalkError(`timestamp v${ref.version} says it is version ${timestamp.signed.version}`);
        this.checkTimestampSignature(timestamp);
        const snapshotMeta = timestamp.signed.snapshotMeta;
        const snapshot = await this.byHash(SNAPSHOT_ROLE, snapshotMeta);
        const snap = SignedMetadata.parse(snapshot, 'snapshot');
        const rootHash = snap.signed.meta.get(ROOT_ROLE)?.sha256Hex;
        const root = rootHash ? this.roots.byHash.get(rootHash) : undefined;
        if (!root)
            throw new HistoryWalkError(`timestamp v${ref.version} names a root that is not in the trusted root chain (oldest trusted: v${this.roots.oldest}${this.roots.stoppedBecause ? `; ${this.roots.stoppedBecause}` : ''})`);
        // Navigation only: every file below is checked by verifyRepository.
        const targets = await this.byHash(TARGETS_ROLE, snap.signed.meta.get(TARGETS_ROLE));
        const delegations = await this.delegations(targets, snap.signed.meta);
        const time = ref.createdAt ??
            new Date(signedAt(timestamp.signed.expires)).toISOString();
        const repo = verifyRepository({ root: root.bytes, timestamp: tsBytes, snapshot, targets, delegations }, {
            gun,
            // Judged when this version was current: when its timestamp was signed.
            referenceTime: new Date(signedAt(timestamp.signed.expires)),
            verifier: verifySignature,
        });
        return { time, repo };
    }
    // Any trusted root's timestamp keys will do here; verifyRepository then
    // requires the keys of the root this version's snapshot names.
    checkTimestampSignature(timestamp) {
        for (const root of this.roots.ordered) {
            try {
                verifyThreshold(timestamp.signedBytes, timestamp.signatures, root.signed.roleKeys(TIMESTAMP_ROLE), verifySignature);
                return;
            }
            catch {
                // try the next root
            }
        }
        throw new HistoryWalkError(`timestamp v${timestamp.signed.version} is not signed by the timestamp key of any trusted root`);
    }
    async byHash(role, meta) {
        const hash = meta?.sha256Hex;
        if (!meta || !hash)
            throw new HistoryWalkError(`no sha256 recorded for ${role}`);
        const key = `${role}.${hash}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.client.getRole(role, {
                sha256: hash,
                maxBytes: meta.length,
            });
            this.cache.set(key, pending);
        }
        const bytes = await pending;
        if (!bytes)
            throw new HistoryWalkError(`${role} ${hash.slice(0, 12)} is gone from the server`);
        verifyFileMeta(role, bytes, meta);
        return bytes;
    }
    /** Delegations the snapshot lists, found from `targets` down (as notary walks them). */
    async delegations(targets, meta) {
        const out = new Map();
        let frontier = [[TARGETS_ROLE, targets]];
        while (frontier.length > 0) {
            const children = frontier
                .flatMap(([role, bytes]) => load_version_childrenOf(role, bytes))
                .filter((c, i, all) => !out.has(c) && meta.has(c) && all.indexOf(c) === i);
            const files = await Promise.all(children.map((c) => this.byHash(c, meta.get(c))));
            frontier = [];
            children.forEach((c, i) => {
                const bytes = files[i];
                if (!bytes)
                    return;
                out.set(c, bytes);
                frontier.push([c, bytes]);
            });
        }
        return out;
    }
}
function load_version_childrenOf(role, bytes) {
    try {
        return SignedMetadata.parse(bytes, 'targets', role).signed.delegationRoles.map((r) => r.name);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/ops/history/root-chain.ts


/**
 * Walks `<v>.root.json` down from the trusted current root. An older root is
 * trusted only if the next one carries a threshold of its root keys' signatures
 * and it carries a threshold of its own ([N] trustpinning/certs.go ValidateRoot
 * read backwards): a forged old root could not have signed the next one.
 * Roots are consecutive from 1 or 2 (the server takes v+1 only, §1.5).
 */
async function trustedRootChain(client, current, max) {
    const chain = {
        byHash: new Map([[sha256Hex(current.bytes), current]]),
        ordered: [current],
        oldest: current.signed.version,
    };
    let newer = current;
    for (let v = current.signed.version - 1; v >= 1 && chain.ordered.length < max; v--) {
        const bytes = await client.getRootVersion(v);
        if (!bytes) {
            if (v > 1)
                chain.stoppedBecause = `root v${v} is missing on the server`;
            break;
        }
        let older;
        try {
            older = SignedMetadata.parse(bytes, 'root');
            if (older.signed.version !== v)
                throw new Error(`it says it is version ${older.signed.version}`);
            verifyThreshold(newer.signedBytes, newer.signatures, older.signed.roleKeys(ROOT_ROLE), verifySignature);
            verifyThreshold(older.signedBytes, older.signatures, older.signed.roleKeys(ROOT_ROLE), verifySignature);
        }
        catch (err) {
            chain.stoppedBecause = `root v${v} does not chain to root v${newer.signed.version}: ${err.message}`;
            break;
        }
        chain.byHash.set(sha256Hex(bytes), older);
        chain.ordered.push(older);
        chain.oldest = v;
        newer = older;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/ops/history/history.ts





/** Default bound on the versions one walk reads. */
const DEFAULT_MAX_VERSIONS = 1000;
/**
 * The signing history of a repository: verifies the current repository (root
 * pinned or remembered as for every command), follows the root chain back,
 * lists the published timestamps, verifies each version and reports what
 * changed from one verified version to the next.
 */
async function readHistory(client, options) {
    const max = options.maxVersions ?? DEFAULT_MAX_VERSIONS;
    const { repo } = await loadTrustedRepository(client, {
        referenceTime: options.now,
        rootKeyID: options.rootKeyID,
        trustedRoot: options.trustedRoot,
    });
    const roots = await trustedRootChain(client, repo.root, max);
    if (roots.stoppedBecause)
        options.logger.warn(`${client.gun}: ${roots.stoppedBecause}; older versions are reported as unverified`);
    const list = await listTimestamps(client, options.feed, {
        max,
        since: options.since,
    });
    const loader = new VersionLoader(client, roots);
    const events = [];
    let view;
    let read = 0;
    // Loaded a few at a time (network), diffed strictly in order.
    for (let i = 0; i < list.refs.length; i += LOADS_IN_FLIGHT) {
        const batch = list.refs.slice(i, i + LOADS_IN_FLIGHT);
        const loaded = await Promise.all(batch.map((ref) => loader.load(ref).then((state) => state, (err) => err instanceof Error ? err : new Error(String(err)))));
        loaded.forEach((state, j) => {
            const ref = batch[j];
            if (state instanceof Error) {
                events.push({
                    kind: 'unverified',
                    time: ref.createdAt ?? '',
                    timestampVersion: ref.version,
                    message: state.message,
                });
                return;
            }
            read++;
            const next = viewOf(state.repo, state.time, view);
            events.push(...diffViews(view, next));
            view = next;
        });
    }
    return {
        schema: 'dct-sign/history/v1',
        gun: client.gun,
        source: list.source,
        versionsRead: read,
        complete: list.complete,
        oldestTrustedRoot: roots.oldest,
        events: events.filter((e) => keep(e, options)),
    };
}
const LOADS_IN_FLIGHT = 4;
function keep(event, options) {
    if (options.tag !== undefined &&
        !('tag' in event && event.tag === options.tag))
        return false;
    if (options.since) {
        const t = Date.parse(event.time);
        if (!Number.isFinite(t) || t < options.since.getTime())
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/ops/history/format.ts
const format_short = (id) => id.slice(0, 12);
/** `alice (key 1a2b3c4d5e6f)`, the targets key, or a bare key ID. */
function describeSigners(signers) {
    if (signers.length === 0)
        return 'nobody';
    return signers
        .map((s) => s.signer ? `${s.signer} (key ${format_short(s.keyID)})` : `key ${format_short(s.keyID)}`)
        .join(', ');
}
function describeKeys(c) {
    const parts = [
        ...c.added.map((k) => `+${format_short(k)}`),
        ...c.removed.map((k) => `-${format_short(k)}`),
    ];
    if (c.threshold)
        parts.push(`threshold ${c.threshold.from}→${c.threshold.to}`);
    return `${c.role} ${parts.join(' ')}`;
}
/** One event as one sentence (shared by the text and Markdown forms). */
function describeEvent(e) {
    switch (e.kind) {
        case 'tag-added':
            return `${e.tag} signed as ${e.digest} (${e.size} bytes) in ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
        case 'tag-moved':
            return `${e.tag} moved from ${e.previousDigest} to ${e.digest} (${e.size} bytes) in ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
        case 'tag-removed':
            return `${e.tag} (${e.digest}) removed from ${e.role} v${e.roleVersion} by ${describeSigners(e.signedBy)}`;
        case 'signer-added':
            return `signer ${e.role} added to ${e.parent} v${e.parentVersion} with keys ${e.keys.added.map(format_short).join(', ')}, by ${describeSigners(e.signedBy)}`;
        case 'signer-removed':
            return `signer ${e.role} removed from ${e.parent} v${e.parentVersion} by ${describeSigners(e.signedBy)}`;
        case 'signer-keys-changed':
            return `signer keys changed in ${e.parent} v${e.parentVersion}: ${describeKeys(e.keys)}, by ${describeSigners(e.signedBy)}`;
        case 'root-changed':
            return e.previousRootVersion === null
                ? `root v${e.rootVersion} trusted (${e.changes.map((c) => `${c.role}: ${c.added.map(format_short).join(', ')}`).join('; ')})`
                : `root v${e.previousRootVersion} → v${e.rootVersion}${e.changes.length ? `: ${e.changes.map(describeKeys).join('; ')}` : ' (re-signed, same keys)'}`;
        case 'role-invalid':
            return `${e.role} no longer verifies (${e.message ?? 'unknown reason'}); readers skip it`;
        case 'role-valid':
            return `${e.role} verifies again`;
        case 'unverified':
            return `version not verified, ignored: ${e.message}`;
    }
}
function summaryLine(r) {
    return `${r.gun}: ${r.events.length} changes in ${r.versionsRead} verified versions (from the ${r.source === 'changefeed' ? 'changefeed' : 'versions on the server'}${r.complete ? '' : '; older versions not read'}; roots back to v${r.oldestTrustedRoot})`;
}
/** Plain text: one line per event, oldest first. */
function formatHistoryText(r) {
    const lines = r.events.map((e) => `${e.time || '(unknown time)'}  ts v${e.timestampVersion}  ${describeEvent(e)}`);
    return [...lines, summaryLine(r)].join('\n');
}
const cell = (s) => s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
/** Markdown for a job summary or a PR comment. */
function formatHistoryMarkdown(r) {
    const rows = r.events.map((e) => `| ${cell(e.time)} | ${e.timestampVersion} | ${cell(e.kind)} | ${cell(describeEvent(e))} |`);
    return [
        `### Signing history of \`${cell(r.gun)}\``,
        '',
        rows.length ? '| time | timestamp | change | details |' : '_No changes._',
        ...(rows.length ? ['| --- | --- | --- | --- |', ...rows] : []),
        '',
        summaryLine(r),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/ops/history/index.ts
// ops/history/: the signing history of a repository, read back from the
// versions notary-server keeps, each one verified before it is reported.




;// CONCATENATED MODULE: ./src/cli/style.ts
const CODES = { red: 31, yellow: 33, bold: 1 };
/**
 * ANSI colour for people at a terminal only: never when output goes to a
 * pipe or file (scripts and CI logs get plain text), nor when NO_COLOR is set
 * (no-color.org).
 */
function paint(io, style, text) {
    if (!io.isTTY || io.env.NO_COLOR)
        return text;
    return `\u001b[${CODES[style]}m${text}\u001b[0m`;
}

;// CONCATENATED MODULE: ./src/cli/passphrase.ts


/**
 * A key's passphrase: from the environment (ours, docker's, notary's names
 * for the key's role), else a no-echo prompt on a terminal. Never a flag: a
 * flag value lands in shell history and `ps`.
 */
async function resolvePassphrase(io, role, what, options = {}) {
    const found = passphraseFor(role, io.env);
    if (found)
        return found.passphrase;
    if (io.promptSecret) {
        const value = await io.promptSecret(`Passphrase for ${what}: `);
        if (options.confirm) {
            const again = await io.promptSecret('Repeat the passphrase: ');
            if (again !== value)
                throw new errors/* UsageError */.eb('the passphrases do not match');
        }
        return value;
    }
    throw new errors/* UsageError */.eb(`${what} needs a passphrase: set ${passphraseEnvNames(role).join(' or ')} (no terminal to prompt on)`);
}

;// CONCATENATED MODULE: ./src/cli/commands/admin-common.ts











// Shared glue of the key-holder commands (signer *, key *, fetch, publish):
// where keys live, how passphrases are asked for, how a change is printed.
/** notary refuses passphrases shorter than this for new keys ([N] passphrase/passphrase.go). */
const MIN_PASSPHRASE = 8;
/** --trust-dir, else docker's `$DOCKER_CONFIG/trust`. */
/** A repeatable string flag (`--key A --key B`). */
function stringList(values, name) {
    const v = values[name];
    if (v === undefined)
        return [];
    return (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string');
}
/** A passphrase for a new key: env or a confirmed prompt, at least 8 characters. */
async function newPassphrase(io, role, what) {
    const value = await resolvePassphrase(io, role, what, { confirm: true });
    if (value.length < MIN_PASSPHRASE) {
        throw new errors/* UsageError */.eb(`the passphrase for ${what} must have at least ${MIN_PASSPHRASE} characters, as notary requires`);
    }
    return value;
}
/** Reads public key files (PUBLIC KEY or CERTIFICATE PEM) as docker's signer add does. */
function readPublicKeys(io, files, flag = '--key') {
    if (files.length === 0)
        throw new errors/* UsageError */.eb(`give at least one ${flag} PUB.pem (made by dct-sign key generate or docker trust key generate)`);
    return files.map((f) => {
        let text;
        try {
            text = Buffer.from(io.readFile((0,external_node_path_namespaceObject.resolve)(io.cwd, f))).toString('utf8');
        }
        catch {
            throw new errors/* UsageError */.eb(`${flag} ${f}: cannot read the file`);
        }
        try {
            return parsePublicKeyPem(text, { at: new Date() });
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${flag} ${f}: ${err.message}`, {
                cause: err,
            });
        }
    });
}
/** Loads a private key file, asking for its passphrase only when it is encrypted. */
async function loadKeyFile(io, path, role, what) {
    const text = Buffer.from(io.readFile(path)).toString('utf8');
    const headerRole = /^role:\s*(\S+)/m.exec(text)?.[1] ?? role;
    const encrypted = /ENCRYPTED|Proc-Type: 4,ENCRYPTED/.test(text);
    const passphrase = encrypted
        ? await resolvePassphrase(io, headerRole, what)
        : undefined;
    try {
        return (await loadPrivateKey(text, passphrase)).signer;
    }
    catch (err) {
        // Say which variable held the wrong passphrase (never the value): docker uses
        // one repository passphrase for targets and signer keys, notary one per role.
        const source = passphraseFor(headerRole, io.env)?.source;
        if (err instanceof BadPassphraseError && source) {
            throw new BadPassphraseError(`${err.message}; the passphrase came from ${source}`, { cause: err });
        }
        throw err;
    }
}
/**
 * The KeyRing over a trust dir: keys found by canonical ID (file name), a
 * new repository's root key chosen as docker chooses it (first local root key
 * by sorted ID) or created, new keys written as notary writes them.
 */
function trustDirKeyRing(io, trustDir) {
    const created = [];
    const make = async (role, gun, what) => {
        const passphrase = await newPassphrase(io, role, what);
        const key = generateKey('ecdsa', { role, gun, passphrase });
        created.push(writeTrustDirKey(trustDir, key.keyID, key.privatePem));
        return key.signer;
    };
    return {
        created,
        async signerFor(ids, role) {
            for (const id of ids) {
                const hit = findTrustDirKey([trustDir], id);
                if (!hit)
                    continue;
                const signer = await loadKeyFile(io, hit.path, hit.role ?? role, `the ${role} key ${id.slice(0, 12)}`);
                if (signer.keyID !== id)
                    throw new errors/* UsageError */.eb(`${hit.path} holds key ${signer.keyID.slice(0, 12)}, not ${id.slice(0, 12)} as its name says`);
                return signer;
            }
            return undefined;
        },
        async rootSigner() {
            const first = findTrustDirKeysByRole(trustDir, 'root')[0];
            if (first)
                return loadKeyFile(io, first.path, 'root', `the root key ${first.keyID.slice(0, 12)}`);
            return make('root', undefined, 'the new root key');
        },
        createKey(role, gun) {
            return make(role, gun, `the new ${role} key of ${gun}`);
        },
    };
}
/** Progress on stderr, so stdout stays the result (and --json stays parseable). */
function stderrLogger(io) {
    return {
        info: (m) => io.err(m),
        warn: (m) => io.err(`${paint(io, 'yellow', 'warning:')} ${m}`),
        debug: () => undefined,
        group: (_name, fn) => fn(),
    };
}
/** Prints a change's result: the diff, then what happened. */
function printChange(io, result, options) {
    if (options.json) {
        io.out(JSON.stringify({
            schema: 'dct-sign/change/v1',
            dryRun: options.dryRun,
            ...result,
            staged: options.staged,
        }, null, 2));
        return;
    }
    const lines = [...result.diff];
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    const roles = result.roles.map((r) => `${r.role} v${r.version}`).join(', ');
    if (options.dryRun)
        lines.push(`dry run: nothing uploaded (would ${result.initialised ? 'initialise the repository and ' : ''}publish ${roles})`);
    else if (options.staged)
        lines.push(`staged ${roles} in ${options.staged}; publish it online with: dct-sign publish ${options.staged}`);
    else
        lines.push(`${result.initialised ? `initialised ${result.gun}; ` : ''}published ${roles}`);
    for (const k of result.createdKeys ?? [])
        lines.push(`new ${k.role} key ${k.keyID} (keep a backup of its file)`);
    io.out(lines.join('\n'));
}
/** Flags every signer change takes. */
const CHANGE_FLAGS = {
    bundle: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    ...TRUST_FLAGS,
};
/**
 * Runs a signer change online (connect, verify, publish) or, with --bundle,
 * entirely offline on the bundle file (no connection is ever opened).
 */
async function executeChange(io, values, gun, change) {
    const keyring = trustDirKeyRing(io, trustDirOf(io, values));
    const dryRun = values['dry-run'] === true;
    const json = values.json === true;
    const now = new Date();
    if (typeof values.bundle === 'string') {
        const file = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.bundle);
        const bundle = parseBundle(io.readFile(file));
        if (bundle.gun !== parseImageReference(gun).gun) {
            throw new errors/* UsageError */.eb(`--bundle ${values.bundle} is for ${bundle.gun}, not ${gun}`);
        }
        const { bundle: next, result } = await applyToBundle(bundle, change, {
            keyring,
            now,
            dryRun,
            ...rootTrust(io, values, bundle.gun),
        });
        if (!dryRun)
            (0,external_node_fs_.writeFileSync)(file, encodeBundle(next));
        printChange(io, result, {
            json,
            dryRun,
            staged: dryRun ? undefined : values.bundle,
        });
        return;
    }
    const conn = connect(io, gun, values, 'push,pull');
    try {
        const result = await changeSigner(conn.client, change, {
            keyring,
            now,
            dryRun,
            logger: stderrLogger(io),
            ...rootTrust(io, values, conn.ref.gun),
        });
        printChange(io, result, { json, dryRun });
    }
    finally {
        conn.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/history.ts





const UNIT_MS = { m: 60e3, h: 3600e3, d: 86400e3 };
/** `--since`: an RFC 3339 time, or an age such as `30d`, `12h`, `90m`. */
function parseSince(value, now) {
    const age = /^(\d{1,6})([dhm])$/.exec(value);
    if (age)
        return new Date(now.getTime() - Number(age[1]) * UNIT_MS[age[2]]);
    const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
    if (!Number.isFinite(t))
        throw new errors/* UsageError */.eb(`--since "${value}" is neither a time (2026-01-31 or 2026-01-31T12:00:00Z) nor an age (30d, 12h, 90m)`);
    return new Date(t);
}
/** `dct-sign history GUN`: who signed what, when; read back and verified. */
const history_history = {
    name: 'history',
    summary: 'print the verified signing history of a repository (tags, signers, roots)',
    positionals: ['GUN'],
    flags: {
        tag: { type: 'string' },
        since: { type: 'string' },
        json: { type: 'boolean' },
        markdown: { type: 'boolean' },
        'max-versions': { type: 'string' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign history GUN [--tag TAG] [--since TIME] [--json|--markdown]
                        [--max-versions N] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Reads every published version of the repository back from the trust server
(its changefeed, else <v>.timestamp.json one by one), verifies each against the
root chain that leads to the current, verified root, and prints what changed
from one version to the next: tags signed, moved to another digest or removed
(in which role, signed by which signer and key), signers added or removed,
signer keys and root keys changed, roles that stopped verifying. Versions that
do not verify are reported and ignored. Times come from the server (see
docs/history.md).

Flags:
  --tag TAG          only the changes of this tag
  --since TIME       only changes at or after TIME (2026-01-31, RFC 3339, or an age: 30d, 12h)
  --json             the report as JSON (schema dct-sign/history/v1, docs/history.md)
  --markdown         a Markdown table, for a job summary or a PR comment
  --max-versions N   read at most N versions (default ${DEFAULT_MAX_VERSIONS})
  --root-key-id ID   pin the root: a threshold of it signed by this key (full 64-hex ID)

Examples:
  dct-sign history registry.example.com/acme/app --tag v1.2.3
  dct-sign history registry.example.com/acme/app --since 30d --markdown >> "$GITHUB_STEP_SUMMARY"`,
    async run({ values, args, io }) {
        if (values.json && values.markdown)
            throw new errors/* UsageError */.eb('history: give --json or --markdown, not both');
        const now = new Date();
        const max = typeof values['max-versions'] === 'string'
            ? Number(values['max-versions'])
            : DEFAULT_MAX_VERSIONS;
        if (!Number.isSafeInteger(max) || max < 1)
            throw new errors/* UsageError */.eb(`--max-versions must be a whole number ≥ 1, got "${String(values['max-versions'])}"`);
        const since = typeof values.since === 'string'
            ? parseSince(values.since, now)
            : undefined;
        const conn = connect(io, args[0], values, 'pull');
        try {
            const report = await readHistory(conn.client, {
                now,
                logger: stderrLogger(io),
                feed: new ChangefeedClient({
                    serverUrl: conn.trustServer,
                    gun: conn.ref.gun,
                    transport: conn.transport,
                }),
                maxVersions: max,
                since,
                tag: typeof values.tag === 'string' ? values.tag : undefined,
                ...rootTrust(io, values, conn.ref.gun),
            });
            io.out(values.json
                ? JSON.stringify(report, null, 2)
                : values.markdown
                    ? formatHistoryMarkdown(report)
                    : formatHistoryText(report));
        }
        finally {
            conn.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts







/** `dct-sign inspect`: verify a repository (online, or offline from a directory) and list it. */
const inspect = {
    name: 'inspect',
    summary: 'verify a repository and list its roles, keys, expiry and signed tags',
    positionals: ['GUN?'],
    flags: {
        from: { type: 'string' },
        gun: { type: 'string' },
        at: { type: 'string' },
        json: { type: 'boolean' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign inspect GUN [--trust-server URL] [--trust-server-ca FILE] [--root-key-id ID] [--json]
       dct-sign inspect --from DIR [--gun GUN] [--at RFC3339] [--root-key-id ID] [--json]

Verifies the whole chain as a notary client does (root -> timestamp -> snapshot ->
targets -> delegations: signatures, thresholds, hashes, lengths, expiry, root
certificate CN) and lists every role with its version, expiry, threshold and keys,
and every signed tag with its digest and size.

--from DIR verifies offline a directory laid out as the server serves it:
root.json, timestamp.json, snapshot.json, targets.json, targets/<name>.json.
--at fixes the clock (e.g. to inspect an old copy). --gun defaults to the CN of the
root certificate. Exit 1 with the role and reason when verification fails.

--json prints the stable report {"schema":"dct-sign/inspect/v1", gun, verifiedAt,
roles[{name,version,expires,threshold,keys[{id,canonicalID,type,certificateExpires?}],
paths?,tags?[{tag,digest,size}]}], signedTags[{tag,digest,size,roles}],
unpublishedDelegations, warnings}.

Examples:
  dct-sign inspect registry.example.com/acme/app
  dct-sign inspect --from ./metadata --at 2026-11-22T03:00:00Z --json`,
    async run({ values, args, io }) {
        const at = values.at ? parseAt(String(values.at)) : new Date();
        const pin = rootKeyIDFlag(values);
        let report;
        if (typeof values.from === 'string') {
            const files = readRepositoryDir(io, values.from);
            const gun = typeof values.gun === 'string'
                ? values.gun
                : (args[0] ?? guessGun(files.root));
            const repo = verifyRepository(files, {
                gun,
                referenceTime: at,
                verifier: verifySignature,
                checkRootKey: checkRootCertificate,
            });
            if (pin)
                checkPinnedRoot(repo.root, pin, gun, at);
            report = reportRepository(repo, at);
        }
        else {
            if (!args[0])
                throw new errors/* UsageError */.eb('inspect: give a GUN (e.g. registry.example.com/acme/app) or --from DIR');
            report = await withVerifiedRepository(io, args[0], values, { at }, (repo) => reportRepository(repo, at));
        }
        io.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    },
};
/** `--at`: an RFC 3339 time, or a message that shows the form. */
function parseAt(text) {
    try {
        return parseTime(text);
    }
    catch {
        throw new errors/* UsageError */.eb(`--at: "${text}" is not an RFC 3339 time, e.g. 2026-11-22T03:00:00Z`);
    }
}
/** Reads a metadata directory as the server serves it. */
function readRepositoryDir(io, dir) {
    const base = (0,external_node_path_namespaceObject.resolve)(io.cwd, dir);
    const read = (name) => {
        const file = (0,external_node_path_namespaceObject.join)(base, `${name}.json`);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* UsageError */.eb(`--from: ${(0,external_node_path_namespaceObject.join)(dir, `${name}.json`)} is missing`);
        return io.readFile(file);
    };
    const delegations = new Map();
    const walk = (folder) => {
        if (!(0,external_node_fs_.existsSync)(folder))
            return;
        for (const entry of (0,external_node_fs_.readdirSync)(folder)) {
            const full = (0,external_node_path_namespaceObject.join)(folder, entry);
            if ((0,external_node_fs_.statSync)(full).isDirectory())
                walk(full);
            else if (entry.endsWith('.json'))
                delegations.set((0,external_node_path_namespaceObject.relative)(base, full)
                    .replace(/\.json$/, '')
                    .split('\\')
                    .join('/'), new Uint8Array((0,external_node_fs_.readFileSync)(full)));
        }
    };
    walk((0,external_node_path_namespaceObject.join)(base, 'targets'));
    return {
        root: read('root'),
        timestamp: read('timestamp'),
        snapshot: read('snapshot'),
        targets: read('targets'),
        delegations,
    };
}
/** The GUN from the root certificate's CN (docker and notary write CN = GUN). */
function guessGun(root) {
    try {
        for (const key of SignedMetadata.parse(root, 'root')
            .signed.roleKeys(ROOT_ROLE)
            .keys.values()) {
            const cn = key.keyType.endsWith('-x509')
                ? certificateOfKey(key).subjectCN
                : undefined;
            if (cn)
                return cn.replace(/\*$/, '');
        }
    }
    catch {
        // Fall through: verification will report what is wrong with root.json.
    }
    throw new errors/* UsageError */.eb('--from: could not tell the GUN from root.json; pass --gun');
}

;// CONCATENATED MODULE: ./src/cli/commands/key-generate.ts







/** `dct-sign key generate NAME`: a signer key pair, as `docker trust key generate` makes it. */
const keyGenerate = {
    name: 'key generate',
    summary: 'make a signer key: encrypted private key in the trust dir + NAME.pub',
    positionals: ['NAME'],
    flags: {
        algorithm: { type: 'string' },
        dir: { type: 'string' },
        'trust-dir': { type: 'string' },
        json: { type: 'boolean' },
    },
    help: `Usage: dct-sign key generate NAME [--algorithm ecdsa|ed25519] [--dir DIR] [--trust-dir DIR] [--json]

Makes a new signer key, as docker trust key generate does: the private key,
encrypted in notary's format (PKCS#8, PBES2 / AES-256-CBC), is written to
TRUST_DIR/private/<key id>.key with the header "role: NAME" (readable by notary
0.7 and docker 28), and the public key to DIR/NAME.pub ("PUBLIC KEY" PEM with
the same role header). Give NAME.pub to the repository owner
(dct-sign signer add NAME GUN --key NAME.pub); store the private key file and
its passphrase as CI secrets for the Action.

Passphrase (at least 8 characters): DCT_PASSPHRASE, else
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, else NOTARY_DELEGATION_PASSPHRASE,
else a prompt (asked twice) on a terminal.

Flags:
  --algorithm A    ecdsa (P-256, default; what docker accepts as a signer key) or ed25519
  --dir DIR        where NAME.pub goes (default: the current directory)
  --trust-dir DIR  where the private key goes (default: $DOCKER_CONFIG/trust, i.e. ~/.docker/trust)
  --json           {"name","keyID","algorithm","privateKeyFile","publicKeyFile","passphraseEnv"}

Examples:
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=... dct-sign key generate ci
  dct-sign key generate ci --dir ./keys --trust-dir ~/.notary`,
    async run({ values, args, io }) {
        const name = args[0];
        checkSignerName(name);
        const algorithm = typeof values.algorithm === 'string' ? values.algorithm : 'ecdsa';
        if (algorithm !== 'ecdsa' && algorithm !== 'ed25519') {
            throw new errors/* UsageError */.eb(`--algorithm: "${algorithm}" is not ecdsa or ed25519`);
        }
        const dir = (0,external_node_path_namespaceObject.resolve)(io.cwd, typeof values.dir === 'string' ? values.dir : '.');
        const publicFile = (0,external_node_path_namespaceObject.join)(dir, `${name}.pub`);
        if ((0,external_node_fs_.existsSync)(publicFile))
            throw new errors/* UsageError */.eb(`${publicFile} already exists; remove it or pick another --dir`);
        const trustDir = trustDirOf(io, values);
        const passphrase = await newPassphrase(io, name, `the new key ${name}`);
        const key = generateKey(algorithm, { role: name, passphrase });
        const privateFile = writeTrustDirKey(trustDir, key.keyID, key.privatePem);
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(publicFile, key.publicPem, { mode: 0o600 });
        const passphraseEnv = passphraseFor(name, io.env)?.source ?? 'DCT_PASSPHRASE';
        const info = {
            name,
            keyID: key.keyID,
            algorithm,
            privateKeyFile: privateFile,
            publicKeyFile: publicFile,
            passphraseEnv,
        };
        if (values.json) {
            io.out(JSON.stringify(info, null, 2));
            return;
        }
        io.out([
            `generated ${algorithm === 'ecdsa' ? 'ecdsa (P-256)' : 'ed25519'} key ${name}`,
            `key ID:       ${key.keyID}`,
            `public key:   ${publicFile}`,
            `private key:  ${privateFile}`,
            '',
            'For the GitHub Action, store as repository secrets:',
            `  the content of ${privateFile}  ->  a secret used as input delegation-key`,
            '  its passphrase                 ->  a secret used as input delegation-passphrase',
            `(the passphrase came from ${passphraseFor(name, io.env)?.source ?? 'the prompt'}; it is never printed)`,
            '',
            `Next: the repository owner runs  dct-sign signer add ${name} GUN --key ${publicFile}`,
            ...(algorithm === 'ed25519'
                ? [
                    'note: docker trust signer add refuses ed25519 public keys; dct-sign and notary accept them',
                ]
                : []),
        ].join('\n'));
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/key-import.ts






const key_import_GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);
/** `dct-sign key import FILE`: store a key in a trust dir as notary would. */
const keyImport = {
    name: 'key import',
    summary: 'store a private key in the trust dir, encrypted, as notary key import does',
    positionals: ['FILE'],
    flags: {
        role: { type: 'string' },
        gun: { type: 'string' },
        'trust-dir': { type: 'string' },
        json: { type: 'boolean' },
    },
    help: `Usage: dct-sign key import FILE [--role ROLE] [--gun GUN] [--trust-dir DIR] [--json]

Reads a private key in any form docker, notary or openssl wrote (encrypted
PKCS#8, plain PKCS#8, legacy EC/RSA/ED25519 PEM with or without DEK-Info;
ECDSA P-256, Ed25519 or RSA of at least 2048 bits) and stores it as
TRUST_DIR/private/<canonical id>.key, encrypted in notary's format. An
unencrypted key is encrypted with a new passphrase (asked twice, at least 8
characters); an encrypted one keeps its passphrase. Unlike docker trust key
load, encrypted keys are really imported.

Role: the file's "role" header, else --role (required then). GUN: the "gun"
header, else --gun; only targets, snapshot and timestamp keys keep a GUN.

Flags:
  --role ROLE       role when the file has no header: root, targets, or a signer name
  --gun GUN         GUN for a targets/snapshot/timestamp key without a header
  --trust-dir DIR   default: $DOCKER_CONFIG/trust
  --json            {"keyID","role","gun","path"}

Examples:
  dct-sign key import ci-key.pem --role ci
  dct-sign key import targets.pem --role targets --gun registry.example.com/acme/app --trust-dir ~/.notary`,
    async run({ values, args, io }) {
        const file = (0,external_node_path_namespaceObject.resolve)(io.cwd, args[0]);
        const text = decodeKeyInput(Buffer.from(io.readFile(file)).toString('utf8'));
        const headerRole = /^role:\s*(\S+)/m.exec(text)?.[1];
        const role = headerRole ?? (typeof values.role === 'string' ? values.role : undefined);
        if (!role)
            throw new errors/* UsageError */.eb(`${args[0]} has no role header: pass --role (root, targets, or the signer name)`);
        const gun = /^gun:\s*(\S+)/m.exec(text)?.[1] ??
            (typeof values.gun === 'string' ? values.gun : undefined);
        if (key_import_GUN_ROLES.has(role) && !gun)
            throw new errors/* UsageError */.eb(`a ${role} key needs a GUN: pass --gun`);
        const encrypted = /ENCRYPTED/.test(text);
        const passphrase = encrypted
            ? await resolvePassphrase(io, role, `${args[0]} (role ${role})`)
            : await newPassphrase(io, role, `the imported ${role} key`);
        const key = await loadPrivateKey(text, encrypted ? passphrase : undefined);
        const pem = writePrivateKeyPem(key.signer, passphrase, {
            role,
            gun: key_import_GUN_ROLES.has(role) ? gun : undefined,
        });
        const path = writeTrustDirKey(trustDirOf(io, values), key.keyID, pem);
        const info = {
            keyID: key.keyID,
            role,
            gun: key_import_GUN_ROLES.has(role) ? gun : null,
            path,
        };
        io.out(values.json
            ? JSON.stringify(info, null, 2)
            : `imported ${role} key ${key.keyID} into ${path}`);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/key-info.ts



/** `dct-sign key info FILE`: what a private key file is, without printing any secret. */
const keyInfo = {
    name: 'key info',
    summary: 'show a private key file: algorithm, size, role, GUN and canonical key ID',
    positionals: ['FILE'],
    flags: { json: { type: 'boolean' } },
    help: `Usage: dct-sign key info FILE [--json]

Decrypts a private key written by docker trust, notary, dct-sign or openssl
(ECDSA P-256, Ed25519, RSA of at least 2048 bits; PKCS#8, encrypted or not,
and the legacy EC/RSA PRIVATE KEY forms) and prints its algorithm and size,
role and GUN headers, and its canonical key ID: the file name in a trust dir
(private/<id>.key), what notary key list and docker trust inspect show. A
delegation added with a certificate (rsa-x509, ecdsa-x509) lists the key under
the certificate's own ID; signatures go there. Nothing secret is printed.

Passphrase: DCT_PASSPHRASE, else docker's DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE (root keys) /
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE (others), else notary's NOTARY_<ROLE>_PASSPHRASE,
else a prompt on a terminal.

Flags:
  --json   machine-readable output: {"file","algorithm","bits","role","gun","keyID","encrypted"}

Example:
  DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=... dct-sign key info ~/.docker/trust/private/34ac0ff5....key`,
    async run({ values, args, io }) {
        const file = (0,external_node_path_namespaceObject.resolve)(io.cwd, args[0]);
        const text = decodeKeyInput(Buffer.from(io.readFile(file)).toString('utf8'));
        const role = /^role:\s*(\S+)/m.exec(text)?.[1];
        const encrypted = /ENCRYPTED/.test(text);
        const passphrase = encrypted
            ? await resolvePassphrase(io, role, `${(0,external_node_path_namespaceObject.basename)(file)}${role ? ` (role ${role})` : ''}`)
            : undefined;
        const key = await loadPrivateKey(text, passphrase);
        const info = {
            file: (0,external_node_path_namespaceObject.basename)(file),
            algorithm: key.algorithm,
            bits: key.bits,
            role: key.role ?? null,
            gun: key.gun ?? null,
            keyID: key.keyID,
            encrypted: key.encrypted,
        };
        if (values.json) {
            io.out(JSON.stringify(info, null, 2));
            return;
        }
        io.out([
            `file:       ${info.file}`,
            `algorithm:  ${describeAlgorithm(info.algorithm, info.bits)}`,
            `role:       ${info.role ?? '-'}`,
            `gun:        ${info.gun ?? '-'}`,
            `key ID:     ${info.keyID}`,
            `encrypted:  ${info.encrypted ? 'yes' : 'no'}`,
        ].join('\n'));
    },
};
function describeAlgorithm(algorithm, bits) {
    if (algorithm === 'ecdsa')
        return 'ecdsa (P-256)';
    if (algorithm === 'rsa')
        return `rsa (${bits} bits, signs rsapss)`;
    return algorithm;
}

;// CONCATENATED MODULE: ./src/cli/commands/key-list.ts


/** `dct-sign key list`: the private keys in docker's and notary's trust dirs. */
const keyList = {
    name: 'key list',
    summary: "list private keys in docker's and notary's trust dirs (ID, role, GUN)",
    positionals: [],
    flags: { 'trust-dir': { type: 'string' }, json: { type: 'boolean' } },
    help: `Usage: dct-sign key list [--trust-dir DIR] [--json]

Lists the private key files of $DOCKER_CONFIG/trust (docker) and ~/.notary
(notary), or only of --trust-dir: canonical key ID (the file name), role and
GUN from the PEM headers. Nothing is decrypted.

Flags:
  --trust-dir DIR   only this trust dir
  --json            [{"keyID","role","gun","path","trustDir"}]

Example:
  dct-sign key list`,
    run({ values, io }) {
        const dirs = typeof values['trust-dir'] === 'string'
            ? [trustDirOf(io, values)]
            : [...new Set([dockerTrustDir(io.env), notaryTrustDir()])];
        const keys = dirs.flatMap((d) => listTrustDirKeys(d));
        if (values.json) {
            io.out(JSON.stringify(keys.map((k) => ({
                keyID: k.keyID,
                role: k.role ?? null,
                gun: k.gun ?? null,
                path: k.path,
                trustDir: k.trustDir,
            })), null, 2));
            return Promise.resolve();
        }
        if (keys.length === 0) {
            io.out(`no keys in ${dirs.join(' or ')}`);
            return Promise.resolve();
        }
        const lines = [
            `${'ROLE'.padEnd(12)} ${'GUN'.padEnd(40)} ${'KEY ID'.padEnd(64)} LOCATION`,
        ];
        for (const k of keys)
            lines.push(`${(k.role ?? '-').padEnd(12)} ${(k.gun ?? '-').padEnd(40)} ${k.keyID} ${k.trustDir}`);
        io.out(lines.join('\n'));
        return Promise.resolve();
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/migrate.ts




/** `dct-sign migrate GUN --to URL`: move a repository to another notary-server. */
const migrate = {
    name: 'migrate',
    summary: 'move a repository to another notary-server, keeping its root keys, signers and signed tags',
    positionals: ['GUN'],
    flags: {
        to: { type: 'string' },
        from: { type: 'string' },
        'to-ca': { type: 'string' },
        'trust-server-ca': { type: 'string' },
        'trust-dir': { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'root-key-id': { type: 'string' },
        'max-uploads': { type: 'string' },
    },
    help: `Usage: dct-sign migrate GUN --to URL [--from URL] [--to-ca FILE] [--trust-server-ca FILE]
                        [--trust-dir DIR] [--root-key-id ID] [--max-uploads N] [--dry-run] [--json]

Verifies GUN on its current trust server (--from, else where docker looks),
then writes it to the notary-server at --to, which must have no trust data for
GUN yet: root re-signed by the root key (from the trust dir) with the new
server's timestamp and snapshot keys, one version above the old root; targets
and every delegation unchanged, signatures included; then more root versions
until the new server's timestamp version is above the old one, so clients that
cached the old server's data accept the new server without any manual step.
Finally reads everything back from --to. The GUN stays the same; point clients
at the new server (DOCKER_CONTENT_TRUST_SERVER, the Action's trust-server).

Credentials for both servers: NOTARY_AUTH or docker's config (as every command).

Flags:
  --to URL           the new notary-server
  --from URL         the current one (default: DOCKER_CONTENT_TRUST_SERVER or docker's choice)
  --to-ca FILE       CA of the new server (default: --trust-server-ca)
  --trust-server-ca  CA of the current server
  --max-uploads N    refuse when raising the timestamp takes more than N uploads (default 10000)
  --dry-run          verify and print the plan; change nothing on either server
  --json             {"schema":"dct-sign/migrate/v1",…}

Example:
  dct-sign migrate docker.io/acme/app --to https://notary.example.com --dry-run`,
    async run({ values, args, io }) {
        const to = values.to;
        if (typeof to !== 'string')
            throw new errors/* UsageError */.eb('migrate: give --to URL, the new notary-server');
        const maxUploads = typeof values['max-uploads'] === 'string'
            ? Number(values['max-uploads'])
            : undefined;
        if (maxUploads !== undefined &&
            !(Number.isSafeInteger(maxUploads) && maxUploads > 0))
            throw new errors/* UsageError */.eb(`--max-uploads must be a whole number ≥ 1, got "${String(values['max-uploads'])}"`);
        const source = connect(io, args[0], {
            'trust-server': values.from,
            'trust-server-ca': values['trust-server-ca'],
        }, 'pull');
        const target = connect(io, args[0], {
            'trust-server': to,
            'trust-server-ca': values['to-ca'] ?? values['trust-server-ca'],
        }, 'push,pull');
        try {
            if (source.trustServer === target.trustServer)
                throw new errors/* UsageError */.eb(`migrate: --to ${to} is the server the repository is on already`);
            const result = await migrateRepository(source.client, target.client, {
                keyring: trustDirKeyRing(io, trustDirOf(io, values)),
                now: new Date(),
                logger: stderrLogger(io),
                dryRun: values['dry-run'] === true,
                // the root remembered for this GUN anchors the source (docker's
                // trust dir is keyed by GUN alone, whatever the server)
                rootKeyID: rootKeyIDFlag(values),
                trustedRoot: rootTrust(io, values, source.ref.gun).trustedRoot,
                maxUploads,
            });
            if (values.json) {
                io.out(JSON.stringify(result, null, 2));
                return;
            }
            const roots = `root v${result.rootVersions[0]}..v${result.rootVersions[result.rootVersions.length - 1]}`;
            const roles = result.roles
                .map((r) => `${r.role} v${r.version}`)
                .join(', ');
            io.out([
                ...result.warnings.map((w) => `warning: ${w}`),
                result.dryRun
                    ? `dry run: would write ${roots} and ${roles} to ${result.to} in ${result.uploads} uploads (timestamp above v${result.sourceTimestampVersion}); nothing was changed`
                    : `migrated ${result.gun} to ${result.to}: ${roots}, ${roles}; timestamp v${result.targetTimestampVersion} (old server: v${result.sourceTimestampVersion}), ${result.uploads} uploads`,
            ].join('\n'));
        }
        finally {
            source.close();
            target.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/plugin-install.ts




/** Marks a wrapper as ours, so install may replace it without --force. */
const MARK = '# written by dct-sign plugin install';
/** docker accepts plugin names matching this ([C] cli-plugins/manager/plugin.go). */
const PLUGIN_NAME = /^[a-z][a-z0-9]*$/;
/** `dct-sign plugin install`: puts `docker-NAME` where docker looks for CLI plugins. */
const pluginInstall = {
    name: 'plugin install',
    summary: 'install dct-sign as the docker CLI plugin docker-trust (or --name NAME)',
    positionals: [],
    flags: {
        name: { type: 'string' },
        dir: { type: 'string' },
        entry: { type: 'string' },
        force: { type: 'boolean' },
    },
    help: `Usage: dct-sign plugin install [--name NAME] [--dir DIR] [--force]

Writes DIR/docker-NAME, a small shell script that runs this dct-sign with
node, so that \`docker NAME ...\` takes docker trust's commands, flags and
output (see the README's docker trust table). docker finds it by itself.

Docker CLI 29 and later have no built-in trust command: the default name
"trust" gives \`docker trust ...\` back. Docker 28 and older ignore a plugin
named trust (their own command wins): install it as --name dct there and run
\`docker dct inspect ...\`.

Flags:
  --name NAME    plugin name (default: trust); lowercase letters and digits
  --dir DIR      plugin dir (default: $DOCKER_CONFIG/cli-plugins, i.e. ~/.docker/cli-plugins;
                 /usr/libexec/docker/cli-plugins for every user)
  --entry FILE   the dct-sign script the plugin runs (default: this one)
  --force        replace a docker-NAME that dct-sign did not write

Examples:
  dct-sign plugin install
  dct-sign plugin install --name dct && docker dct inspect --pretty registry.example.com/acme/app`,
    run({ values, io }) {
        const name = typeof values.name === 'string' ? values.name : 'trust';
        if (!PLUGIN_NAME.test(name))
            throw new errors/* UsageError */.eb(`--name ${name}: docker only runs plugins named with lowercase letters and digits (e.g. dct)`);
        const dir = typeof values.dir === 'string'
            ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values.dir)
            : (0,external_node_path_namespaceObject.join)(dockerConfigDir(io.env), 'cli-plugins');
        const entry = (0,external_node_fs_.realpathSync)(typeof values.entry === 'string'
            ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values.entry)
            : process.argv[1]);
        const file = (0,external_node_path_namespaceObject.join)(dir, `docker-${name}`);
        if ((0,external_node_fs_.existsSync)(file) &&
            values.force !== true &&
            !(0,external_node_fs_.readFileSync)(file, 'utf8').includes(MARK)) {
            throw new errors/* UsageError */.eb(`${file} exists and was not written by dct-sign; pass --force to replace it`);
        }
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, wrapper(process.execPath, entry));
        (0,external_node_fs_.chmodSync)(file, 0o755);
        io.out(`installed ${file}: try docker ${name} inspect --help`);
        return Promise.resolve();
    },
};
/** The plugin: node running the CLI, which sees docker's arguments unchanged. */
function wrapper(node, entry) {
    const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    return `#!/bin/sh\n${MARK}\nexec ${q(node)} ${q(entry)} "$@"\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/publish.ts




/** `dct-sign publish BUNDLE`: step 3 of the offline ceremony (online, no keys). */
const publish = {
    name: 'publish',
    summary: "offline ceremony, step 3: upload a bundle's staged change in one request",
    positionals: ['BUNDLE'],
    flags: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'trust-server-ca': { type: 'string' },
        ...TRUST_FLAGS,
    },
    help: `Usage: dct-sign publish BUNDLE [--dry-run] [--json] [--root-key-id ID] [--trust-dir DIR] [--trust-server-ca FILE]

Uploads the files a signer change staged in BUNDLE (see dct-sign fetch --help)
to the server the bundle was fetched from, in one request, and reads the
repository back to check it. Needs no key. Refuses, uploading nothing, when
root, targets or a staged role changed on the server since the fetch: fetch
again and redo the change.

Flags:
  --dry-run   check that the server did not change; upload nothing
  --json      the change as JSON (see dct-sign signer add --help)
  --root-key-id ID, --trust-dir DIR   root anchors of the read-back (default:
              the bundle's pin and the remembered root)

Example:
  dct-sign publish app.bundle.json`,
    async run({ values, args, io }) {
        const bundle = parseBundle(io.readFile((0,external_node_path_namespaceObject.resolve)(io.cwd, args[0])));
        const conn = connect(io, bundle.gun, { ...values, 'trust-server': bundle.server }, 'push,pull');
        try {
            const dryRun = values['dry-run'] === true;
            const result = await publishBundle(conn.client, bundle, {
                now: new Date(),
                logger: stderrLogger(io),
                dryRun,
                ...rootTrust(io, values, bundle.gun),
                rootKeyID: rootKeyIDFlag(values) ?? bundle.rootKeyID,
            });
            printChange(io, result, { json: values.json === true, dryRun });
        }
        finally {
            conn.close();
        }
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/renew.ts




const renew_UNIT_MS = {
    y: 365 * 86400e3,
    d: 86400e3,
    h: 3600e3,
};
/** `--expires`: a lifetime such as `3y`, `180d`, `12h` (a year is 365 days). */
function parseLifetime(value) {
    const m = /^(\d{1,5})([ydh])$/.exec(value);
    const ms = m ? Number(m[1]) * renew_UNIT_MS[m[2]] : 0;
    if (ms <= 0)
        throw new errors/* UsageError */.eb(`--expires "${value}" is not a lifetime; give e.g. 3y, 180d or 12h`);
    return ms;
}
/** `dct-sign renew GUN`: re-sign roles before their expiry bricks the repository. */
const renew = {
    name: 'renew',
    summary: 're-sign roles that expire soon (same content, version + 1, fresh expiry) with the local keys',
    positionals: ['GUN'],
    flags: {
        role: { type: 'string', multiple: true },
        within: { type: 'string' },
        expires: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign renew GUN [--role ROLE]... [--within DAYS] [--expires DURATION]
                      [--dry-run] [--json] [--trust-dir DIR] [--root-key-id ID]
                      [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository, then re-signs every role whose keys are in the trust
dir and that expires within DAYS (default 90): same content, version + 1, a
fresh expiry (default notary's: root 10 years, targets and delegations 3
years). Root keeps its keys and is signed by them, a valid rotation for every
client. A delegation that already expired is renewed too. All renewed roles go
up in ONE upload and are read back. Snapshot and timestamp are the server's.

Flags:
  --role ROLE        renew this role whatever its expiry (repeatable): root, targets, targets/releases…
  --within DAYS      renew what expires within DAYS days (default 90)
  --expires D        new lifetime: 3y, 180d, 12h (a year is 365 days)
  --dry-run          print what would be renewed; upload nothing
  --json             {"schema":"dct-sign/renew/v1","renewed":[…],"skipped":[…]}

Passphrases: DCT_PASSPHRASE, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE /
DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, NOTARY_<ROLE>_PASSPHRASE, or a prompt.

Examples:
  dct-sign renew registry.example.com/acme/app --dry-run
  dct-sign renew registry.example.com/acme/app --role targets`,
    async run({ values, args, io }) {
        const within = typeof values.within === 'string' ? Number(values.within) : undefined;
        if (within !== undefined && (!Number.isFinite(within) || within < 0))
            throw new errors/* UsageError */.eb(`--within must be a number of days, got "${String(values.within)}"`);
        const lifetimeMs = typeof values.expires === 'string'
            ? parseLifetime(values.expires)
            : undefined;
        const roles = stringList(values, 'role');
        const conn = connect(io, args[0], values, 'push,pull');
        try {
            const result = await renewRoles(conn.client, {
                keyring: trustDirKeyRing(io, trustDirOf(io, values)),
                now: new Date(),
                logger: stderrLogger(io),
                roles: roles.length > 0 ? roles : undefined,
                withinDays: within,
                lifetimeMs,
                dryRun: values['dry-run'] === true,
                ...rootTrust(io, values, conn.ref.gun),
            });
            printRenew(io, result, values.json === true);
            return result.skipped.length > 0 &&
                result.renewed.length === 0 &&
                roles.length > 0
                ? 1
                : 0;
        }
        finally {
            conn.close();
        }
    },
};
function printRenew(io, r, json) {
    if (json) {
        io.out(JSON.stringify(r, null, 2));
        return;
    }
    const lines = r.renewed.map((x) => `${r.dryRun ? 'would renew' : 'renewed'} ${x.role} v${x.version} -> v${x.newVersion}: expires ${x.expires} -> ${x.newExpires}`);
    for (const s of r.skipped)
        lines.push(`skipped ${s.role}${s.expires ? ` (expires ${s.expires})` : ''}: ${s.reason}`);
    if (r.renewed.length === 0 && r.skipped.length === 0)
        lines.push(`nothing to renew in ${r.gun}`);
    else if (r.dryRun)
        lines.push('dry run: nothing uploaded');
    io.out(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/cli/commands/revoke.ts




/** `dct-sign revoke IMAGE:TAG`: docker trust revoke, with a diff, a bundle and JSON. */
const revoke = {
    name: 'revoke',
    summary: "withdraw a tag's signature: remove IMAGE:TAG from the roles that sign it",
    positionals: ['IMAGE:TAG'],
    flags: {
        role: { type: 'string', multiple: true },
        ...CHANGE_FLAGS,
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign revoke IMAGE:TAG [--role ROLE]... [--trust-dir DIR] [--dry-run] [--json]
                       [--bundle FILE] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Removes the tag from every verified role that signs it (targets/releases,
targets/<signer>, ...), re-signs each of those roles with its key from the
trust dir and publishes them in one upload, as docker trust revoke does. The
image stays in the registry; docker clients with content trust no longer
accept the tag. Roles whose key you do not hold keep the tag (a warning),
except targets/releases and targets: the tag would still verify, so that is
refused (exit 1).

Passphrases: delegation keys DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or
NOTARY_DELEGATION_PASSPHRASE; DCT_PASSPHRASE for all; else a prompt.

Flags:
  --role ROLE        only these roles (repeatable), e.g. --role targets/releases
  --trust-dir DIR    where the delegation keys are (default: $DOCKER_CONFIG/trust)
  --dry-run          print which roles lose the tag; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch; stage the result
  --root-key-id ID   refuse the repository unless its root lists this key
  --json             {"schema":"dct-sign/change/v1","gun","roles","diff","warnings","published"}

Examples:
  dct-sign revoke registry.example.com/acme/app:1.2.3
  dct-sign revoke registry.example.com/acme/app:1.2.3 --dry-run
  dct-sign revoke registry.example.com/acme/app:1.2.3 --role targets/releases --role targets/ci`,
    async run({ values, args, io }) {
        const [reference] = args;
        const ref = parseImageReference(reference);
        if (!ref.tag || ref.digest) {
            throw new errors/* UsageError */.eb(`${reference}: give IMAGE:TAG (a tag, not a digest); see dct-sign revoke --help`);
        }
        const roles = stringList(values, 'role');
        await executeChange(io, values, reference, {
            kind: 'revoke',
            tags: [ref.tag],
            roles: roles.length > 0 ? roles : undefined,
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/signer-add.ts



/** `dct-sign signer add NAME GUN --key PUB.pem`: docker trust signer add, done by us. */
const signerAdd = {
    name: 'signer add',
    summary: 'add a signer key to targets/releases and targets/NAME (initialises a new repository)',
    positionals: ['NAME', 'GUN'],
    flags: {
        key: { type: 'string', multiple: true },
        ...CHANGE_FLAGS,
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign signer add NAME GUN --key PUB.pem [--key PUB2.pem] [--trust-dir DIR]
                        [--dry-run] [--json] [--bundle FILE] [--trust-server URL] [--trust-server-ca FILE]

Adds the public key(s) to targets/releases (the role docker clients trust) and
to targets/NAME, as docker trust signer add does: a new role gets paths [""]
and threshold 1, an existing one keeps its threshold and gains the keys. Then
signs targets.json with the repository (targets) key from the trust dir and
publishes it (only targets.json).

If GUN has no trust data yet, initialises it as docker does: the first root
key of the trust dir (or a new one) in an X.509 certificate CN=GUN valid 10
years, a new targets key (both written to the trust dir), snapshot and
timestamp keys held by the server; root.json + targets.json in one upload.

Passphrases: root key DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE or NOTARY_ROOT_PASSPHRASE;
targets key DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE or NOTARY_TARGETS_PASSPHRASE;
DCT_PASSPHRASE for all; else a prompt on a terminal.

Flags:
  --key FILE         public key ("PUBLIC KEY" or "CERTIFICATE" PEM), repeatable
  --trust-dir DIR    where the root/targets keys are (default: $DOCKER_CONFIG/trust)
  --dry-run          print the diff of roles and keys; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch (no network); stage the result
  --root-key-id ID   refuse the repository unless its root lists this key
  --json             {"schema":"dct-sign/change/v1","gun","initialised","roles","diff","warnings","published"}
  --trust-server URL, --trust-server-ca FILE  as for every online command

Examples:
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub --dry-run
  dct-sign signer add ci registry.example.com/acme/app --key ci.pub --bundle app.bundle.json`,
    async run({ values, args, io }) {
        const [name, gun] = args;
        checkSignerName(name);
        const keys = readPublicKeys(io, stringList(values, 'key'));
        await executeChange(io, values, gun, { kind: 'add', name, keys });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/signer-list.ts


/** `dct-sign signer list GUN`: the delegations of a verified repository. */
const signerList = {
    name: 'signer list',
    summary: 'list the signers (delegations) of a repository with keys, thresholds and tags',
    positionals: ['GUN'],
    flags: {
        json: { type: 'boolean' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign signer list GUN [--json] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository and lists every delegation of targets (targets/releases
first): threshold, paths, canonical key IDs (as docker trust inspect shows
them), whether its file is published, how many tags it signs and its expiry.

Flags:
  --json   {"schema":"dct-sign/signers/v1","gun","signers":[{"name","role","threshold",
           "paths","keys","published","tags","expires"}],"warnings"}

Example:
  dct-sign signer list registry.example.com/acme/app`,
    async run({ values, args, io }) {
        const report = await withVerifiedRepository(io, args[0], values, {}, listSigners);
        io.out(values.json ? JSON.stringify(report, null, 2) : formatSigners(report));
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/signer-remove.ts



/** `dct-sign signer remove NAME GUN`: really removes the signer (docker 26–28 does not). */
const signerRemove = {
    name: 'signer remove',
    summary: 'remove a signer: its keys out of targets/releases, targets/NAME deleted',
    positionals: ['NAME', 'GUN'],
    flags: { force: { type: 'boolean' }, ...CHANGE_FLAGS, ...SERVER_FLAGS },
    help: `Usage: dct-sign signer remove NAME GUN [--force] [--trust-dir DIR] [--dry-run] [--json]
                           [--bundle FILE] [--trust-server URL] [--trust-server-ca FILE]

Removes the signer NAME: its keys leave targets/releases (keys another signer
also holds stay) and the targets/NAME delegation is deleted from targets.json,
which is signed with the repository (targets) key and published in one upload.
Signatures the removed keys made stop counting at once.

Refuses (exit 1) when targets/releases would be left signed by fewer valid
keys than its threshold: its tags would stop verifying and docker clients
would fall back to the tags in targets. --force does it anyway.

Flags:
  --force            remove even if targets/releases stops verifying
  --trust-dir DIR    where the targets key is (default: $DOCKER_CONFIG/trust)
  --dry-run          print the diff; upload nothing
  --bundle FILE      offline: apply to a bundle from dct-sign fetch; stage the result
  --json             the change as JSON (see dct-sign signer add --help)

Examples:
  dct-sign signer remove alice registry.example.com/acme/app
  dct-sign signer remove ci registry.example.com/acme/app --dry-run`,
    async run({ values, args, io }) {
        const [name, gun] = args;
        checkSignerName(name);
        await executeChange(io, values, gun, {
            kind: 'remove',
            name,
            force: values.force === true,
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/signer-rotate.ts




/** `dct-sign signer rotate NAME GUN --key NEW.pub [--new-private NEW.key]`: zero-downtime rotation. */
const signerRotate = {
    name: 'signer rotate',
    summary: "replace a signer's keys in one atomic publish, re-signing its roles so no tag stops verifying",
    positionals: ['NAME', 'GUN'],
    flags: {
        key: { type: 'string', multiple: true },
        'new-private': { type: 'string' },
        force: { type: 'boolean' },
        ...CHANGE_FLAGS,
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign signer rotate NAME GUN --key NEW.pub [--new-private NEW.key] [--force]
                           [--trust-dir DIR] [--dry-run] [--json] [--bundle FILE]

Replaces the keys of signer NAME by the new public key(s) in targets/NAME and
targets/releases, and with --new-private re-signs the published targets/releases
and targets/NAME with the new private key (version + 1; signatures of other
signers that stay valid are kept), so every tag keeps verifying. targets.json
and the re-signed roles go to the server in ONE upload: no moment exists where
the old key is gone and the tags are not yet signed by the new one.

Without --new-private, refuses when targets/releases would be left below its
threshold (--force does it anyway).

Passphrase of NEW.key: DCT_PASSPHRASE, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE,
NOTARY_DELEGATION_PASSPHRASE, or a prompt.

Flags:
  --key FILE          new public key, repeatable
  --new-private FILE  the new private key (e.g. from dct-sign key generate) to re-sign with
  --force             rotate even if targets/releases stops verifying
  --trust-dir DIR, --dry-run, --bundle FILE, --json   as for signer add

Examples:
  dct-sign key generate ci2
  dct-sign signer rotate ci registry.example.com/acme/app --key ci2.pub \\
      --new-private ~/.docker/trust/private/<id>.key`,
    async run({ values, args, io }) {
        const [name, gun] = args;
        checkSignerName(name);
        const keys = readPublicKeys(io, stringList(values, 'key'));
        const file = typeof values['new-private'] === 'string'
            ? (0,external_node_path_namespaceObject.resolve)(io.cwd, values['new-private'])
            : undefined;
        const newSigner = file
            ? await loadKeyFile(io, file, name, `the new key of ${name}`)
            : undefined;
        await executeChange(io, values, gun, {
            kind: 'rotate',
            name,
            keys,
            newSigner,
            force: values.force === true,
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts




/** `dct-sign verify IMAGE:TAG`: the digest a docker client would trust; a deploy gate. */
const verify = {
    name: 'verify',
    summary: 'print the trusted digest and size of IMAGE:TAG; exit 1 if unsigned or invalid',
    positionals: ['IMAGE:TAG'],
    flags: {
        json: { type: 'boolean' },
        ...SERVER_FLAGS,
    },
    help: `Usage: dct-sign verify IMAGE:TAG [--json] [--root-key-id ID] [--trust-server URL] [--trust-server-ca FILE]

Verifies the repository's trust data as a notary client does and picks the
tag's target as a docker client (CLI <= 28) with DOCKER_CONTENT_TRUST=1 would:
from targets/releases first, then targets. Prints the digest to pull by and the
manifest size. Exit 1 when the tag is unsigned or the trust data does not
verify: usable as a deploy gate.

Flags:
  --json             {"gun","tag","digest","size","role"}
  --root-key-id ID   also require the root to list this key (pinning)

Examples:
  dct-sign verify registry.example.com/acme/app:v1.2.3
  docker pull "registry.example.com/acme/app@$(dct-sign verify registry.example.com/acme/app:v1 --json | jq -r .digest)"`,
    async run({ values, args, io }) {
        const ref = parseImageReference(args[0]);
        if (!ref.tag)
            throw new errors/* UsageError */.eb(`verify: ${args[0]} has no tag; give IMAGE:TAG`);
        const tag = ref.tag;
        const found = await withVerifiedRepository(io, args[0], values, { hints: [RELEASES_ROLE] }, (repo) => verifyTag(repo, tag));
        io.out(values.json
            ? JSON.stringify(found, null, 2)
            : `${found.gun}:${found.tag} ${found.digest} ${found.size} (${found.role})`);
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts

















/** Every command, in the order `dct-sign --help` lists them. */
const COMMANDS = [
    keyGenerate,
    keyInfo,
    keyList,
    keyImport,
    signerAdd,
    signerRemove,
    signerRotate,
    signerList,
    inspect,
    verify,
    history_history,
    revoke,
    renew,
    migrate,
    fetchCommand,
    publish,
    pluginInstall,
];

;// CONCATENATED MODULE: ./src/cli/redact.ts
/** Environment variables whose values must never reach the terminal. */
const SECRET_ENV = /PASSPHRASE|PASSWORD|TOKEN|SECRET|NOTARY_AUTH/;
/**
 * Last line of defence for output: replaces any secret value from the
 * environment that slipped into a message. Errors should never carry secrets
 * in the first place (STYLE.md §6).
 */
function redact(text, env) {
    let out = text;
    for (const [name, value] of Object.entries(env)) {
        if (value && value.length >= 8 && SECRET_ENV.test(name))
            out = out.split(value).join('***');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/docker/command.ts
/** An error docker reports with a status of its own (cobra usage errors: 1 or 125). */
class DockerStatusError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The user declined a prompt: docker exits 0 and prints nothing ([C] cmd/docker/docker.go). */
class CancelledError extends Error {
}

;// CONCATENATED MODULE: ./src/cli/version.ts
/** The release version, kept equal to package.json's by a unit test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/docker/plugin.ts

// The docker CLI plugin protocol ([C] cli-plugins/manager/manager.go,
// cli-plugins/metadata/metadata.go): docker finds `docker-NAME` in its
// cli-plugins dirs, runs `docker-NAME docker-cli-plugin-metadata` to list it,
// and runs a command as `docker-NAME [global flags] NAME ARGS...` with
// DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND set.
/** The subcommand every plugin answers with its metadata. */
const METADATA_COMMAND = 'docker-cli-plugin-metadata';
/** Set by docker when it runs a plugin command ([C] metadata.ReexecEnvvar). */
const PLUGIN_ENV = 'DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND';
/** What docker reads from METADATA_COMMAND; SchemaVersion must be "0.1.0" and Vendor non-empty. */
function pluginMetadata() {
    return JSON.stringify({
        SchemaVersion: '0.1.0',
        Vendor: 'dct-sign',
        Version: VERSION,
        ShortDescription: 'Manage trust on Docker images',
    }, null, 2);
}
/** True when this process was started by docker as a plugin (or asked for its metadata). */
function isPluginInvocation(argv, env) {
    return argv[0] === METADATA_COMMAND || env[PLUGIN_ENV] !== undefined;
}
/** docker's global flags that take a value ([C] cli/flags/options.go). */
const VALUE_FLAGS = new Set([
    '--config',
    '-c',
    '--context',
    '-H',
    '--host',
    '-l',
    '--log-level',
    '--tlscacert',
    '--tlscert',
    '--tlskey',
]);
/**
 * Splits `[global flags] NAME ARGS...`. docker passes its own argv on
 * unchanged, global flags included, so the plugin must skip them itself.
 */
function parsePluginCommandLine(argv) {
    let configDir;
    let debug = false;
    let i = 0;
    while (i < argv.length && argv[i].startsWith('-')) {
        const arg = argv[i];
        const [flag, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        let value = inline;
        if (VALUE_FLAGS.has(flag) && value === undefined)
            value = argv[++i];
        if (flag === '--config')
            configDir = value;
        if (flag === '-D' || flag === '--debug')
            debug = true;
        i++;
    }
    return {
        name: argv[i] ?? 'trust',
        args: argv.slice(i + 1),
        configDir,
        debug,
    };
}

;// CONCATENATED MODULE: ./src/cli/docker/natural-sort.ts
/**
 * docker's natural order for tags and signers ([C] uses fvbommel/sortorder
 * NaturalLess): runs of digits compare as numbers (v2 < v10), digits sort
 * before other characters, other bytes compare as bytes; for equal numbers
 * the one written with fewer leading zeros comes first.
 */
function naturalLess(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const da = isDigit(a, i);
        const db = isDigit(b, j);
        if (da !== db)
            return da;
        if (!da) {
            if (a[i] !== b[j])
                return a.charCodeAt(i) < b.charCodeAt(j);
            i++;
            j++;
            continue;
        }
        const za = skipWhile(a, i, (k) => a[k] === '0');
        const zb = skipWhile(b, j, (k) => b[k] === '0');
        const ea = skipWhile(a, za, (k) => isDigit(a, k));
        const eb = skipWhile(b, zb, (k) => isDigit(b, k));
        if (ea - za !== eb - zb)
            return ea - za < eb - zb;
        const na = a.slice(za, ea);
        const nb = b.slice(zb, eb);
        if (na !== nb)
            return na < nb;
        if (za - i !== zb - j)
            return za - i < zb - j;
        i = ea;
        j = eb;
    }
    return a.length - i < b.length - j;
}
/** A comparator for Array.prototype.sort from {@link naturalLess}. */
function naturalCompare(a, b) {
    if (naturalLess(a, b))
        return -1;
    return naturalLess(b, a) ? 1 : 0;
}
function isDigit(s, k) {
    const c = s.charCodeAt(k);
    return c >= 48 && c <= 57;
}
function skipWhile(s, k, ok) {
    while (k < s.length && ok(k))
        k++;
    return k;
}

;// CONCATENATED MODULE: ./src/cli/docker/table.ts
/**
 * docker's table layout ([C] cli/command/formatter/formatter.go: Go's
 * text/tabwriter with minwidth 10, padding 3, padded with spaces): every
 * column but the last is as wide as its widest cell + 3, at least 10; the
 * last cell is printed as is. Each line ends with a newline.
 */
function formatTable(rows) {
    const widths = [];
    for (const row of rows) {
        row.slice(0, -1).forEach((cell, c) => {
            widths[c] = Math.max(widths[c] ?? MIN_WIDTH, width(cell) + PADDING);
        });
    }
    return rows
        .map((row) => row
        .map((cell, c) => c < row.length - 1 ? cell + ' '.repeat(widths[c] - width(cell)) : cell)
        .join(''))
        .map((line) => `${line}\n`)
        .join('');
}
const MIN_WIDTH = 10;
const PADDING = 3;
/** tabwriter counts UTF-8 characters (runes), not UTF-16 units. */
function width(text) {
    return [...text].length;
}

;// CONCATENATED MODULE: ./src/cli/docker/trust-info.ts



// docker trust inspect's view of a repository ([C] cli/command/trust/common.go
// lookupTrustInfo, matchReleasedSignatures, getDelegationRoleToKeyMap), built
// from a repository we verified, in the order notary's client walks it.
/** docker's name for a tag signed into targets or targets/releases. */
const RELEASED_ROLE_NAME = 'Repo Admin';
const RELEASES = 'targets/releases';
const isReleased = (role) => role === TARGETS_ROLE || role === RELEASES;
/** `targets/ci` → `ci`; the released roles are the repository admin ([C] helpers.go notaryRoleToSigner). */
function signerName(role) {
    return isReleased(role) ? RELEASED_ROLE_NAME : role.replace(/^targets\//, '');
}
/**
 * Loaded roles breadth first from targets, children in the order their
 * parent lists them: notary's Repo.WalkTargets ([N] tuf/tuf.go).
 */
function walk(repo) {
    const out = [];
    const queue = [TARGETS_ROLE];
    while (queue.length > 0) {
        const role = repo.role(queue.shift());
        if (!role)
            continue;
        out.push(role);
        queue.push(...role.metadata.signed.delegationRoles.map((d) => d.name));
    }
    return out;
}
/** docker's view of `repo`, for one tag or (tag undefined) every tag. */
function trustInfo(repo, tag) {
    const roles = walk(repo);
    const found = [];
    for (const role of roles) {
        // With a tag, notary only walks roles whose paths allow it; with none,
        // it takes every entry of every role.
        if (tag !== undefined && !isPathAllowed(tag, role.paths))
            continue;
        for (const [name, meta] of role.metadata.signed.targets) {
            if (tag !== undefined && name !== tag)
                continue;
            found.push({ role: role.role, tag: name, digest: meta.sha256Hex ?? '' });
        }
    }
    const rows = new Map();
    const key = (t) => `${t.tag}\0${t.digest}`;
    for (const t of found.filter((f) => isReleased(f.role)))
        rows.set(key(t), { tag: t.tag, digest: t.digest, signers: [] });
    for (const t of found.filter((f) => !isReleased(f.role)))
        rows.get(key(t))?.signers.push(signerName(t.role));
    const signers = new Map();
    for (const role of roles) {
        const parent = role.metadata.signed;
        for (const d of parent.delegationRoles) {
            if (d.name === RELEASES)
                continue;
            signers.set(signerName(d.name), d.keyIDs.map((id) => {
                const k = parent.delegationKeys.get(id);
                return k ? x509_canonicalKeyID(k) : id;
            }));
        }
    }
    const root = repo.root.signed;
    return {
        rows: [...rows.values()].sort((a, b) => naturalCompare(a.tag, b.tag)),
        signers,
        rootKeyIDs: [...root.roleKeys(ROOT_ROLE).keys.keys()],
        repositoryKeyIDs: [...root.roleKeys(TARGETS_ROLE).keys.keys()],
    };
}

;// CONCATENATED MODULE: ./src/cli/docker/inspect-output.ts




// The two outputs of docker trust inspect, byte for byte: the JSON of
// [C] cli/command/trust/inspect.go (Go's encoding/json, struct field order,
// `omitempty` keys, indented by 4 as cli/command/inspect does) and the
// tables of inspect_pretty.go.
/** One element of the JSON array, fields in the Go struct's order. */
function inspectElement(name, info) {
    const keys = (ids) => ids.length > 0 ? { Keys: ids.map((ID) => ({ ID })) } : {};
    const signers = [...info.signers]
        .map(([n, ids]) => ({ Name: n, ...keys(ids) }))
        // Go: sort.Slice by Name descending (byte order).
        .sort((a, b) => (a.Name > b.Name ? -1 : a.Name < b.Name ? 1 : 0));
    return {
        Name: name,
        SignedTags: info.rows.map((r) => ({
            SignedTag: r.tag,
            Digest: r.digest,
            Signers: r.signers.length > 0 ? r.signers : [RELEASED_ROLE_NAME],
        })),
        Signers: signers,
        // "Root" sorts before "Repository" (descending), as docker sorts them.
        AdministrativeKeys: [
            { Name: 'Root', ...keys(info.rootKeyIDs) },
            { Name: 'Repository', ...keys(info.repositoryKeyIDs) },
        ],
    };
}
/** The JSON docker prints for all references: `[]` when none could be read. */
function inspectJSON(elements) {
    return `${goEscapeHTML(JSON.stringify(elements, null, 4))}\n`;
}
const byteSort = (ids) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
/** `docker trust inspect --pretty` for one reference. */
function inspectPretty(name, info) {
    let out = '';
    if (info.rows.length > 0) {
        out += `\nSignatures for ${name}\n\n`;
        out += formatTable([
            ['SIGNED TAG', 'DIGEST', 'SIGNERS'],
            ...info.rows.map((r) => [
                r.tag,
                r.digest,
                r.signers.length > 0
                    ? byteSort(r.signers).join(', ')
                    : `(${RELEASED_ROLE_NAME})`,
            ]),
        ]);
    }
    else {
        out += `\nNo signatures for ${name}\n\n`;
    }
    if (info.signers.size > 0) {
        out += `\nList of signers and their keys for ${name}\n\n`;
        const names = [...info.signers.keys()].sort(naturalCompare);
        out += formatTable([
            ['SIGNER', 'KEYS'],
            ...names.map((n) => [
                n,
                byteSort(info.signers.get(n))
                    .map((id) => id.slice(0, 12))
                    .join(', '),
            ]),
        ]);
    }
    out += `\nAdministrative keys for ${name}\n\n`;
    out += `  Repository Key:\t${byteSort(info.repositoryKeyIDs).join(', ')}\n`;
    out += `  Root Key:\t${byteSort(info.rootKeyIDs).join(', ')}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/cli/docker/inspect.ts




/** `docker trust inspect [--pretty] IMAGE[:TAG]...`: docker 28's JSON and tables. */
const trustInspect = {
    path: 'inspect',
    use: 'IMAGE[:TAG] [IMAGE[:TAG]...]',
    short: 'Return low-level information about keys and signatures',
    flags: { pretty: { type: 'boolean' } },
    options: '      --pretty   Print the information in a human friendly format',
    args: { atLeast: 1 },
    async run({ values, args, io, debug }) {
        if (values.pretty === true) {
            // docker stops at the first failing reference, after printing the others.
            let out = '';
            for (const [i, remote] of args.entries()) {
                let info;
                try {
                    info = await lookup(io, remote, debug);
                }
                catch (err) {
                    if (out)
                        io.out(out);
                    throw err;
                }
                out += inspectPretty(remote, info);
                if (i < args.length - 1)
                    out += '\n\n';
            }
            io.out(out);
            return 0;
        }
        // JSON: every reference that can be read, then all errors (exit 1).
        const elements = [];
        const errors = [];
        for (const remote of args) {
            try {
                elements.push(inspectElement(remote, await lookup(io, remote, debug)));
            }
            catch (err) {
                errors.push(err.message);
            }
        }
        io.out(inspectJSON(elements));
        if (errors.length === 0)
            return 0;
        io.err(errors.join('\n'));
        return 1;
    },
};
/**
 * Verifies the repository and builds docker's view of it. Like docker, any
 * failure to read it becomes "no signatures or cannot access REF" (the
 * cause follows with --debug / -D).
 */
async function lookup(io, remote, debug) {
    const ref = parseImageReference(remote);
    try {
        return await withVerifiedRepository(io, remote, {}, { hints: ['targets/releases'] }, (repo) => trustInfo(repo, ref.tag));
    }
    catch (err) {
        if (debug)
            io.err(`debug: ${remote}: ${err.message}`);
        throw new Error(`no signatures or cannot access ${remote}`, {
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./src/cli/docker/admin.ts




// The repository changes behind docker's revoke and signer commands: the
// same ops as dct-sign's own commands, with docker's trust dir and no
// progress lines (docker prints only its own messages).
/** Warnings to stderr; nothing else (docker's commands print their own lines). */
function quietLogger(io) {
    return {
        info: () => undefined,
        warn: (m) => io.err(`WARN: ${m}`),
        debug: () => undefined,
        group: (_name, fn) => fn(),
    };
}
/** Applies one change online with the keys of `$DOCKER_CONFIG/trust`, as docker does. */
async function applyChange(io, reference, change) {
    const conn = connect(io, reference, {}, 'push,pull');
    try {
        return await changeSigner(conn.client, change, {
            keyring: trustDirKeyRing(io, dockerTrustDir(io.env)),
            now: new Date(),
            logger: quietLogger(io),
            // anchored on the root docker remembered for this GUN (#13), as
            // docker's own trust commands are
            ...rootTrust(io, {}, conn.ref.gun),
        });
    }
    finally {
        conn.close();
    }
}
/** docker's key and signer names ([C] cli/command/trust/key_generate.go validKeyName). */
const DOCKER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** docker's message for a bad key or signer name. */
function badName(what, name) {
    return new Error(`${what} name "${name}" must start with lowercase alphanumeric characters and can include "-" or "_" after the first character`);
}


;// CONCATENATED MODULE: ./src/cli/docker/key.ts







/** `docker trust key generate NAME [--dir DIR]` ([C] cli/command/trust/key_generate.go). */
const trustKeyGenerate = {
    path: 'key generate',
    use: 'NAME',
    short: 'Generate and load a signing key-pair',
    flags: { dir: { type: 'string' } },
    options: `      --dir string   Directory to generate key in, defaults to current
                     directory`,
    args: { exactly: 1 },
    async run({ values, args, io }) {
        const name = args[0];
        if (!DOCKER_NAME.test(name))
            throw badName('key', name);
        // docker prints the directory as given, or the absolute working directory.
        const dir = typeof values.dir === 'string' ? values.dir : io.cwd;
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.resolve)(io.cwd, dir)))
            throw new Error(`public key path does not exist: "${dir}"`);
        const publicFile = (0,external_node_path_namespaceObject.join)(dir, `${name}.pub`);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.resolve)(io.cwd, publicFile)))
            throw new Error(`public key file already exists: "${publicFile}"`);
        io.out(`Generating key for ${name}...`);
        const passphrase = await newPassphrase(io, name, `the new key ${name}`);
        const key = generateKey('ecdsa', { role: name, passphrase });
        writeTrustDirKey(dockerTrustDir(io.env), key.keyID, key.privatePem);
        (0,external_node_fs_.writeFileSync)((0,external_node_path_namespaceObject.resolve)(io.cwd, publicFile), key.publicPem, { mode: 0o600 });
        io.out(`Successfully generated and loaded private key. Corresponding public key available: ${publicFile}`);
    },
};
/** `docker trust key load [--name NAME] KEYFILE` ([C] cli/command/trust/key_load.go). */
const trustKeyLoad = {
    path: 'key load',
    use: '[OPTIONS] KEYFILE',
    short: 'Load a private key file for signing',
    flags: { name: { type: 'string' } },
    options: '      --name string   Name for the loaded key (default "signer")',
    args: { exactly: 1 },
    async run({ values, args, io }) {
        const name = typeof values.name === 'string' ? values.name : 'signer';
        if (!DOCKER_NAME.test(name))
            throw badName('key', name);
        const keyPath = args[0];
        const file = (0,external_node_path_namespaceObject.resolve)(io.cwd, keyPath);
        // docker refuses keys others may read or write (non-Windows).
        if (((0,external_node_fs_.statSync)(file).mode & 0o077) !== 0)
            throw new Error(`refusing to load key from ${keyPath}: private key file ${keyPath} must not be readable or writable by others`);
        io.out(`Loading key from "${keyPath}"...`);
        const text = decodeKeyInput(Buffer.from(io.readFile(file)).toString('utf8'));
        if (!/PRIVATE KEY-----/.test(text))
            throw new Error(`refusing to load key from ${keyPath}: provided file ${keyPath} is not a supported private key - to add a signer's public key use docker trust signer add`);
        // The file's role header wins; --name is the fallback (notary ImportKeys).
        const role = /^role:\s*(\S+)/m.exec(text)?.[1] ?? name;
        const encrypted = /ENCRYPTED/.test(text);
        let key;
        let passphrase;
        try {
            passphrase = encrypted
                ? await resolvePassphrase(io, role, `${keyPath} (${role})`)
                : await newPassphrase(io, role, `the loaded key ${role}`);
            key = await loadPrivateKey(text, encrypted ? passphrase : undefined);
        }
        catch (err) {
            throw new Error(`error importing key from ${keyPath}: ${err.message}`, { cause: err });
        }
        const pem = writePrivateKeyPem(key.signer, passphrase, { role });
        writeTrustDirKey(dockerTrustDir(io.env), key.keyID, pem);
        io.out(`Successfully imported key from ${keyPath}`);
    },
};

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./src/cli/docker/prompt.ts

/**
 * docker's yes/no question ([C] internal/prompt Confirm): the message and
 * ` [y/N] ` on stdout, one line from stdin; only y or Y is a yes, and end of
 * input is a no.
 */
async function prompt_confirm(message) {
    process.stdout.write(`${message} [y/N] `);
    const rl = (0,external_node_readline_namespaceObject.createInterface)({ input: process.stdin, terminal: false });
    try {
        const line = await new Promise((done) => {
            rl.once('line', done);
            rl.once('close', () => done(''));
        });
        return line.trim().toLowerCase() === 'y';
    }
    finally {
        rl.close();
    }
}

;// CONCATENATED MODULE: ./src/cli/docker/revoke.ts




/** `docker trust revoke [--yes] IMAGE[:TAG]` ([C] cli/command/trust/revoke.go). */
const trustRevoke = {
    path: 'revoke',
    use: '[OPTIONS] IMAGE[:TAG]',
    short: 'Remove trust for an image',
    long: `Removes the tag (or, without a tag, every signed tag) from each role that
signs it, re-signed with its key from $DOCKER_CONFIG/trust. A role whose key
is not there keeps the tag (a warning); targets/releases and targets are
required, because the tag would still verify.`,
    flags: { yes: { type: 'boolean', short: 'y' } },
    options: '  -y, --yes   Do not prompt for confirmation',
    args: { exactly: 1 },
    async run({ values, args, io }) {
        const remote = args[0];
        const ref = parseImageReference(remote);
        if (!ref.tag && ref.digest)
            throw new Error('cannot use a digest reference for IMAGE:TAG');
        if (!ref.tag && values.yes !== true) {
            const yes = await prompt_confirm(`Confirm you would like to delete all signature data for ${remote}?`);
            if (!yes)
                throw new CancelledError('trust revoke has been cancelled');
        }
        try {
            await applyChange(io, remote, {
                kind: 'revoke',
                tags: ref.tag ? [ref.tag] : 'all',
            });
        }
        catch (err) {
            throw new Error(`could not remove signature for ${remote}: ${err.message}`, { cause: err });
        }
        io.out(`Successfully deleted signature for ${remote}`);
    },
};

;// CONCATENATED MODULE: ./src/cli/docker/sign.ts









/** `docker trust sign IMAGE:TAG` without a daemon ([C] cli/command/trust/sign.go). */
const trustSign = {
    path: 'sign',
    use: 'IMAGE:TAG',
    short: 'Sign an image',
    long: `No docker daemon is used: the tag must already be in the registry, and its
manifest digest and size are read from the registry (as the dct-sign Action
does), never from a local image. The tag is signed into every delegation of
the repository whose key is in $DOCKER_CONFIG/trust (docker's rule). The
repository must have a signer: run docker trust signer add first.`,
    flags: { local: { type: 'boolean' } },
    options: '      --local   not supported: there is no daemon; push the image first',
    args: { exactly: 1 },
    async run({ values, args, io }) {
        const remote = args[0];
        if (values.local === true)
            throw new Error('--local needs a docker daemon; push the image, then run sign without --local');
        const ref = parseImageReference(remote);
        if (!ref.tag) {
            throw new Error(ref.digest
                ? 'cannot use a digest reference for IMAGE:TAG'
                : `no tag specified for ${remote}`);
        }
        const tag = ref.tag;
        const conn = connect(io, remote, {}, 'push,pull');
        try {
            const now = new Date();
            const target = resolveInRegistry(io, ref, tag);
            void target.catch(() => undefined);
            // anchored on the root docker remembered for this GUN (#13)
            const trust = rootTrust(io, {}, ref.gun);
            const { repo } = await loadTrustedRepository(conn.client, {
                referenceTime: now,
                hints: ['targets/releases'],
                ...trust,
            });
            const key = await localDelegationKey(io, repo);
            io.out(`Signing and pushing trust metadata for ${remote}`);
            const existing = trustInfo(repo, tag).rows[0];
            if (existing) {
                io.out(`Existing signatures for tag ${existing.tag} digest ${existing.digest} from:\n${[...existing.signers].sort().join(', ')}`);
            }
            await signImages({
                gun: ref.gun,
                trustServer: conn.trustServer,
                notary: conn.client,
                key,
                targets: [await target],
                expiryWarnDays: 30,
                dryRun: false,
                logger: quietLogger(io),
                clock: SYSTEM_CLOCK,
                ...trust,
            });
        }
        catch (err) {
            throw new Error(`failed to sign ${ref.gun}:${tag}: ${err.message}`, { cause: err });
        }
        finally {
            conn.close();
        }
        io.out(`Successfully signed ${ref.gun}:${tag}`);
    },
};
/** The manifest digest and size of the tag, from the registry (HEAD, never a pull). */
async function resolveInRegistry(io, ref, tag) {
    const transport = withTokenAuth(withRetries(createNodeTransport({ userAgent: 'dct-sign' })), {
        credentials: dockerCredentials(ref.domain, io.env),
        scopes: [`repository:${ref.path}:pull`],
    });
    try {
        const registry = new RegistryClient(defaultRegistryUrl(ref.domain), transport);
        const d = await registry.resolve(ref.path, tag);
        return { tag, digest: d.digest, size: d.size };
    }
    finally {
        transport.close?.();
    }
}
/**
 * The first delegation key of targets held in the trust dir (docker signs
 * with the keys it holds: [C] cli/trust/trust.go GetSignableRoles).
 */
async function localDelegationKey(io, repo) {
    const targets = repo.targets.metadata.signed;
    const trustDir = dockerTrustDir(io.env);
    for (const d of targets.delegationRoles) {
        for (const id of d.keyIDs) {
            const key = targets.delegationKeys.get(id);
            const hit = key && findTrustDirKey([trustDir], x509_canonicalKeyID(key));
            if (hit)
                return loadKeyFile(io, hit.path, hit.role ?? d.name, `the ${d.name} key ${hit.keyID.slice(0, 12)}`);
        }
    }
    throw new Error(`no valid signing keys for delegation roles: none of the signer keys of ${repo.gun} is in ${trustDir}; load one with docker trust key load, or add a signer with docker trust signer add`);
}

;// CONCATENATED MODULE: ./src/cli/docker/signer.ts



/** `docker trust signer add --key FILE... NAME REPOSITORY...` ([C] cli/command/trust/signer_add.go). */
const trustSignerAdd = {
    path: 'signer add',
    use: 'OPTIONS NAME REPOSITORY [REPOSITORY...] ',
    short: 'Add a signer',
    flags: { key: { type: 'string', multiple: true } },
    options: "      --key list   Path to the signer's public key file",
    args: { atLeast: 2 },
    async run({ values, args, io }) {
        const [name, ...repos] = args;
        if (!DOCKER_NAME.test(name))
            throw badName('signer', name);
        if (name === 'releases')
            throw new Error('releases is a reserved keyword, use a different signer name');
        const files = stringList(values, 'key');
        if (files.length === 0)
            throw new Error('path to a public key must be provided using the `--key` flag');
        const keys = readPublicKeys(io, files);
        return eachRepository(io, repos, 'failed to add signer to', async (repo) => {
            io.out(`Adding signer "${name}" to ${repo}...`);
            const result = await applyChange(io, repo, {
                kind: 'add',
                name,
                keys,
            });
            if (result.initialised) {
                io.out(`Initializing signed repository for ${repo}...`);
                io.out(`Successfully initialized "${repo}"`);
            }
            io.out(`Successfully added signer: ${name} to ${repo}\n\n`);
        });
    },
};
/** `docker trust signer remove [--force] NAME REPOSITORY...` ([C] signer_remove.go), removing for real. */
const trustSignerRemove = {
    path: 'signer remove',
    use: '[OPTIONS] NAME REPOSITORY [REPOSITORY...]',
    short: 'Remove a signer',
    long: `Unlike docker 26-28, whose signer remove reports success and changes
nothing, this removes the signer's keys from targets/releases and deletes
targets/NAME, signed with the repository key from $DOCKER_CONFIG/trust.`,
    flags: { force: { type: 'boolean', short: 'f' } },
    options: `  -f, --force   Do not prompt for confirmation before removing the most
                recent signer`,
    args: { atLeast: 2 },
    async run({ values, args, io }) {
        const [name, ...repos] = args;
        return eachRepository(io, repos, 'error removing signer from', async (repo) => {
            io.out(`Removing signer "${name}" from ${repo}...`);
            if (name === 'releases')
                throw new Error('releases is a reserved keyword and cannot be removed');
            const force = values.force === true;
            try {
                await applyChange(io, repo, { kind: 'remove', name, force });
            }
            catch (err) {
                if (!(err instanceof SignerRemovalError) || force)
                    throw err;
                const yes = await prompt_confirm(`The signer "${name}" signed the last released version of ${repo}. Removing this signer will make ${repo} unpullable. Are you sure you want to continue?`);
                if (!yes)
                    return;
                await applyChange(io, repo, { kind: 'remove', name, force: true });
            }
            io.out(`Successfully removed ${name} from ${repo}\n\n`);
        });
    },
};
/**
 * docker goes on with the next repository after a failure (printed with a
 * blank line), then fails naming every repository that failed.
 */
async function eachRepository(io, repos, failure, each) {
    const failed = [];
    for (const repo of repos) {
        try {
            await each(repo);
        }
        catch (err) {
            io.err(`${err.message}\n\n`);
            failed.push(repo);
        }
    }
    if (failed.length > 0)
        throw new Error(`${failure}: ${failed.join(', ')}`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/docker/commands.ts





/** The management groups of `docker trust`, with docker's one-line help. */
const GROUPS = {
    key: 'Manage keys for signing Docker images',
    signer: 'Manage entities who can sign Docker images',
};
/** Every `docker trust` command served here. */
const DOCKER_COMMANDS = [
    trustInspect,
    trustRevoke,
    trustSign,
    trustKeyGenerate,
    trustKeyLoad,
    trustSignerAdd,
    trustSignerRemove,
];

;// CONCATENATED MODULE: ./src/cli/docker/trust-cli.ts







/**
 * Entry when docker runs us as a CLI plugin: answer the metadata request,
 * or take docker's global flags off and run `trust …` with docker's syntax.
 */
async function runDockerPlugin(argv, io) {
    if (argv[0] === METADATA_COMMAND) {
        io.out(pluginMetadata());
        return 0;
    }
    const line = parsePluginCommandLine(argv);
    const env = line.configDir
        ? { ...io.env, DOCKER_CONFIG: (0,external_node_path_namespaceObject.resolve)(io.cwd, line.configDir) }
        : io.env;
    return runDockerTrust(line.args, { ...io, env }, `docker ${line.name}`, {
        debug: line.debug || io.env.DCT_DEBUG === '1',
    });
}
/** Runs `<prefix> ARGS` (prefix `docker trust`): docker 28's messages and exit codes. */
async function runDockerTrust(args, io, prefix, options) {
    const { command, group, rest } = find(args);
    if (!command) {
        const path = [prefix, ...group].join(' ');
        if (rest.length > 0 && !rest[0].startsWith('-')) {
            io.err(`docker: unknown command: ${path} ${rest[0]}\n\nUsage:  ${path}\n\nRun '${path} --help' for more information`);
            return 1;
        }
        // `docker trust` alone prints its help on stderr; --help on stdout.
        const help = groupHelp(path, group);
        if (rest.includes('--help') || rest.includes('-h'))
            io.out(help);
        else
            io.err(help);
        return 0;
    }
    const path = `${prefix} ${command.path}`;
    if (rest.includes('--help') || rest.includes('-h')) {
        io.out(commandHelp(path, command));
        return 0;
    }
    try {
        const parsed = parseFlags(rest, command, path);
        checkArgs(parsed.args, command, path);
        return ((await command.run({ ...parsed, io, prefix, debug: options.debug })) ?? 0);
    }
    catch (err) {
        if (err instanceof CancelledError)
            return 0;
        if (err instanceof DockerStatusError) {
            io.err(err.message);
            return err.status;
        }
        const message = err instanceof Error ? err.message : String(err);
        io.err(oneLine(redact(message, io.env)));
        if (options.debug && err instanceof Error && err.stack)
            io.err(redact(err.stack, io.env));
        return 1;
    }
}
function find(args) {
    for (const words of [2, 1]) {
        const path = args.slice(0, words).join(' ');
        const command = DOCKER_COMMANDS.find((c) => c.path === path);
        if (command)
            return { command, group: [], rest: args.slice(words) };
    }
    if (args[0] !== undefined && GROUPS[args[0]])
        return { group: [args[0]], rest: args.slice(1) };
    return { group: [], rest: [...args] };
}
function parseFlags(rest, command, path) {
    try {
        const parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: rest,
            options: command.flags,
            allowPositionals: true,
            strict: true,
        });
        return { values: parsed.values, args: parsed.positionals };
    }
    catch (err) {
        const msg = err.message;
        const flag = /'(-[^' ]+)/.exec(msg)?.[1] ?? msg;
        const what = /argument missing/.test(msg)
            ? `flag needs an argument: ${flag}`
            : flag.startsWith('--')
                ? `unknown flag: ${flag}`
                : `unknown shorthand flag: '${flag.slice(1, 2)}' in ${flag}`;
        throw new DockerStatusError(`${what}\n\nUsage:  ${path} ${command.use}\n\nRun '${path} --help' for more information`, 125);
    }
}
/** cobra's Args checks, worded as [C] cli/required.go words them. */
function checkArgs(args, command, path) {
    const { exactly, atLeast } = command.args;
    const plural = (n) => (n === 1 ? 'argument' : 'arguments');
    let problem;
    let see = 'Run';
    if (exactly !== undefined && args.length !== exactly)
        problem = `requires ${exactly} ${plural(exactly)}`;
    if (atLeast !== undefined && args.length < atLeast) {
        problem = `requires at least ${atLeast} ${plural(atLeast)}`;
        see = 'See';
    }
    if (problem) {
        throw new DockerStatusError(`docker: '${path}' ${problem}\n\nUsage:  ${path} ${command.use}\n\n${see} '${path} --help' for more information`, 1);
    }
}
function commandHelp(path, command) {
    return [
        `Usage:  ${path} ${command.use}`,
        '',
        command.short,
        ...(command.long ? ['', command.long] : []),
        ...(command.options ? ['', 'Options:', command.options] : []),
    ].join('\n');
}
function groupHelp(path, group) {
    const under = (c) => group.length === 0
        ? !c.path.includes(' ')
        : c.path.startsWith(`${group[0]} `);
    const name = (c) => c.path.split(' ').at(-1);
    const lines = [
        `Usage:  ${path} COMMAND`,
        '',
        group.length === 0 ? 'Manage trust on Docker images' : GROUPS[group[0]],
        '',
    ];
    if (group.length === 0) {
        lines.push('Management Commands:');
        for (const [g, short] of Object.entries(GROUPS))
            lines.push(`  ${g.padEnd(10)}  ${short}`);
        lines.push('');
    }
    lines.push('Commands:');
    for (const c of DOCKER_COMMANDS.filter(under).sort((a, b) => name(a) < name(b) ? -1 : 1))
        lines.push(`  ${name(c).padEnd(10)}  ${c.short}`);
    lines.push('', `Run '${path} COMMAND --help' for more information on a command.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/main.ts









/** Exit codes, documented in the README. */
const EXIT = { ok: 0, failure: 1, commandLine: 2 };
/**
 * Runs one command line. The single place that turns errors into an exit
 * code and one `error:` line; stacks only with --debug or DCT_DEBUG=1.
 */
async function runCli(argv, io) {
    // Run by docker as a CLI plugin, or `dct-sign trust ...`: docker's syntax.
    if (isPluginInvocation(argv, io.env))
        return runDockerPlugin(argv, io);
    if (argv[0] === 'trust')
        return runDockerTrust(argv.slice(1), io, 'dct-sign trust', {
            debug: io.env.DCT_DEBUG === '1',
        });
    const debug = argv.includes('--debug') || io.env.DCT_DEBUG === '1';
    const args = argv.filter((a) => a !== '--debug');
    try {
        if (args.length === 0 ||
            args[0] === '--help' ||
            args[0] === '-h' ||
            args[0] === 'help') {
            io.out(overview());
            return args.length === 0 ? EXIT.commandLine : EXIT.ok;
        }
        if (args[0] === '--version' || args[0] === '-v') {
            io.out(`dct-sign ${VERSION}`);
            return EXIT.ok;
        }
        const { command, rest } = findCommand(args);
        if (rest.includes('--help') || rest.includes('-h')) {
            io.out(command.help);
            return EXIT.ok;
        }
        const { values, args: positionals } = parseCommandLine(rest, command.flags, command.positionals, command.name);
        return (await command.run({ values, args: positionals, io })) ?? EXIT.ok;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        io.err(`${paint(io, 'red', 'error:')} ${oneLine(redact(message, io.env))}`);
        if (debug && err instanceof Error && err.stack)
            io.err(redact(err.stack, io.env));
        if (err instanceof CommandLineError)
            return EXIT.commandLine;
        if (!(err instanceof errors/* SignerError */.nw) && !debug) {
            io.err('(unexpected error; run again with --debug for details, and please report it)');
        }
        return EXIT.failure;
    }
}
function findCommand(args) {
    for (const words of [2, 1]) {
        const name = args.slice(0, words).join(' ');
        const command = COMMANDS.find((c) => c.name === name);
        if (command)
            return { command, rest: args.slice(words) };
    }
    const group = COMMANDS.filter((c) => c.name.startsWith(`${args[0]} `));
    if (group.length > 0) {
        throw new CommandLineError(`unknown command "${args.slice(0, 2).join(' ')}"; try: ${group.map((c) => `dct-sign ${c.name}`).join(', ')}`);
    }
    throw new CommandLineError(`unknown command "${args[0]}"; run dct-sign --help`);
}
function overview() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        `dct-sign ${VERSION}: Docker Content Trust (Notary v1) signing for CI and key holders`,
        '',
        'Usage: dct-sign <command> [flags]      dct-sign <command> --help',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        "docker trust's commands, flags and output: dct-sign trust <command> (or as a docker CLI plugin: dct-sign plugin install)",
        'Global flags: --debug (stack traces), --help, --version',
        'Exit codes: 0 success, 1 failure (verification, bad input, server), 2 command-line error',
    ].join('\n');
}


/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ withContext),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nw: () => (/* binding */ SignerError)
/* harmony export */ });
/**
 * Base of every error dct-sign throws on purpose. Glue (action/, cli/) turns
 * these into one-line messages; anything else is a bug and keeps its stack.
 */
class SignerError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** Bad inputs, flags or arguments: the user can fix them by changing the call. */
class UsageError extends SignerError {
}
/**
 * Prefixes an error's message with what we were doing ("publishing
 * targets/releases for GUN x"), keeping its class, its fields and the original
 * as `cause`, so callers can still branch on the type.
 */
function withContext(context, err) {
    if (err instanceof SignerError) {
        const wrapped = Object.create(Object.getPrototypeOf(err));
        Object.assign(wrapped, err);
        Object.defineProperty(wrapped, 'message', {
            value: `${context}: ${err.message}`,
            enumerable: false,
            writable: true,
            configurable: true,
        });
        Object.defineProperty(wrapped, 'cause', {
            value: err,
            enumerable: false,
            writable: true,
            configurable: true,
        });
        wrapped.stack = err.stack;
        return wrapped;
    }
    const message = err instanceof Error ? err.message : String(err);
    return new SignerError(`${context}: ${message}`, { cause: err });
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map