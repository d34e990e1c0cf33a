/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $Array = $util.global.Array, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const meshbackup = $root.meshbackup = (() => {

    /**
     * Namespace meshbackup.
     * @exports meshbackup
     * @namespace
     */
    const meshbackup = {};

    meshbackup.KeyFile = (function() {

        /**
         * Properties of a KeyFile.
         * @typedef {Object} meshbackup.KeyFile.$Properties
         * @property {number|null} [version] KeyFile version
         * @property {string|null} [kdf] KeyFile kdf
         * @property {number|null} [scryptLogN] KeyFile scryptLogN
         * @property {number|null} [scryptR] KeyFile scryptR
         * @property {number|null} [scryptP] KeyFile scryptP
         * @property {Uint8Array|null} [salt] KeyFile salt
         * @property {Uint8Array|null} [nonce] KeyFile nonce
         * @property {Uint8Array|null} [wrapped] KeyFile wrapped
         * @property {string|null} [host] KeyFile host
         * @property {string|null} [username] KeyFile username
         * @property {number|null} [createdMs] KeyFile createdMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KeyFile.
         * @memberof meshbackup
         * @interface IKeyFile
         * @augments meshbackup.KeyFile.$Properties
         * @deprecated Use meshbackup.KeyFile.$Properties instead.
         */

        /**
         * Shape of a KeyFile.
         * @typedef {meshbackup.KeyFile.$Properties} meshbackup.KeyFile.$Shape
         */

        /**
         * Constructs a new KeyFile.
         * @memberof meshbackup
         * @classdesc Represents a KeyFile.
         * @constructor
         * @param {meshbackup.KeyFile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KeyFile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * KeyFile version.
         * @member {number} version
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.version = 0;

        /**
         * KeyFile kdf.
         * @member {string} kdf
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.kdf = "";

        /**
         * KeyFile scryptLogN.
         * @member {number} scryptLogN
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.scryptLogN = 0;

        /**
         * KeyFile scryptR.
         * @member {number} scryptR
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.scryptR = 0;

        /**
         * KeyFile scryptP.
         * @member {number} scryptP
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.scryptP = 0;

        /**
         * KeyFile salt.
         * @member {Uint8Array} salt
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.salt = $util.newBuffer([]);

        /**
         * KeyFile nonce.
         * @member {Uint8Array} nonce
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.nonce = $util.newBuffer([]);

        /**
         * KeyFile wrapped.
         * @member {Uint8Array} wrapped
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.wrapped = $util.newBuffer([]);

        /**
         * KeyFile host.
         * @member {string} host
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.host = "";

        /**
         * KeyFile username.
         * @member {string} username
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.username = "";

        /**
         * KeyFile createdMs.
         * @member {number} createdMs
         * @memberof meshbackup.KeyFile
         * @instance
         */
        KeyFile.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new KeyFile instance using the specified properties.
         * @function create
         * @memberof meshbackup.KeyFile
         * @static
         * @param {meshbackup.KeyFile.$Properties=} [properties] Properties to set
         * @returns {meshbackup.KeyFile} KeyFile instance
         * @type {{
         *   (properties: meshbackup.KeyFile.$Shape): meshbackup.KeyFile & meshbackup.KeyFile.$Shape;
         *   (properties?: meshbackup.KeyFile.$Properties): meshbackup.KeyFile;
         * }}
         */
        KeyFile.create = function(properties) {
            return new KeyFile(properties);
        };

        /**
         * Encodes the specified KeyFile message. Does not implicitly {@link meshbackup.KeyFile.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.KeyFile
         * @static
         * @param {meshbackup.KeyFile.$Properties} m KeyFile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyFile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
            if (m.kdf != null && $Object.hasOwnProperty.call(m, "kdf") && m.kdf !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.kdf);
            if (m.scryptLogN != null && $Object.hasOwnProperty.call(m, "scryptLogN") && m.scryptLogN !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.scryptLogN);
            if (m.scryptR != null && $Object.hasOwnProperty.call(m, "scryptR") && m.scryptR !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.scryptR);
            if (m.scryptP != null && $Object.hasOwnProperty.call(m, "scryptP") && m.scryptP !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.scryptP);
            if (m.salt != null && $Object.hasOwnProperty.call(m, "salt") && m.salt.length)
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.salt);
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                w.uint32(/* id 7, wireType 2 =*/58).bytes(m.nonce);
            if (m.wrapped != null && $Object.hasOwnProperty.call(m, "wrapped") && m.wrapped.length)
                w.uint32(/* id 8, wireType 2 =*/66).bytes(m.wrapped);
            if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                w.uint32(/* id 9, wireType 2 =*/74).string(m.host);
            if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                w.uint32(/* id 10, wireType 2 =*/82).string(m.username);
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).int64(m.createdMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified KeyFile message, length delimited. Does not implicitly {@link meshbackup.KeyFile.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.KeyFile
         * @static
         * @param {meshbackup.KeyFile.$Properties} message KeyFile message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeyFile.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a KeyFile message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.KeyFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.KeyFile & meshbackup.KeyFile.$Shape} KeyFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyFile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.KeyFile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.kdf = v;
                        else
                            delete m.kdf;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.scryptLogN = v;
                        else
                            delete m.scryptLogN;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.scryptR = v;
                        else
                            delete m.scryptR;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.scryptP = v;
                        else
                            delete m.scryptP;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.salt = v;
                        else
                            delete m.salt;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.wrapped = v;
                        else
                            delete m.wrapped;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.host = v;
                        else
                            delete m.host;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.username = v;
                        else
                            delete m.username;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdMs = v;
                        else
                            delete m.createdMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a KeyFile message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.KeyFile
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.KeyFile & meshbackup.KeyFile.$Shape} KeyFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeyFile.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a KeyFile message.
         * @function verify
         * @memberof meshbackup.KeyFile
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        KeyFile.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version))
                    return "version: integer expected";
            }
            if (m.kdf != null && $Object.hasOwnProperty.call(m, "kdf")) {
                if (!$util.isString(m.kdf))
                    return "kdf: string expected";
            }
            if (m.scryptLogN != null && $Object.hasOwnProperty.call(m, "scryptLogN")) {
                if (!$util.isInteger(m.scryptLogN))
                    return "scryptLogN: integer expected";
            }
            if (m.scryptR != null && $Object.hasOwnProperty.call(m, "scryptR")) {
                if (!$util.isInteger(m.scryptR))
                    return "scryptR: integer expected";
            }
            if (m.scryptP != null && $Object.hasOwnProperty.call(m, "scryptP")) {
                if (!$util.isInteger(m.scryptP))
                    return "scryptP: integer expected";
            }
            if (m.salt != null && $Object.hasOwnProperty.call(m, "salt")) {
                if (!(m.salt && typeof m.salt.length === "number" || $util.isString(m.salt)))
                    return "salt: buffer expected";
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (!(m.nonce && typeof m.nonce.length === "number" || $util.isString(m.nonce)))
                    return "nonce: buffer expected";
            }
            if (m.wrapped != null && $Object.hasOwnProperty.call(m, "wrapped")) {
                if (!(m.wrapped && typeof m.wrapped.length === "number" || $util.isString(m.wrapped)))
                    return "wrapped: buffer expected";
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                if (!$util.isString(m.host))
                    return "host: string expected";
            }
            if (m.username != null && $Object.hasOwnProperty.call(m, "username")) {
                if (!$util.isString(m.username))
                    return "username: string expected";
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                    return "createdMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a KeyFile message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.KeyFile
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.KeyFile} KeyFile
         */
        KeyFile.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.KeyFile)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.KeyFile: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.KeyFile();
            if (d.version != null) {
                if ($Number(d.version) !== 0) {
                    m.version = d.version >>> 0;
                }
            }
            if (d.kdf != null) {
                if (typeof d.kdf !== "string" || d.kdf.length) {
                    m.kdf = $String(d.kdf);
                }
            }
            if (d.scryptLogN != null) {
                if ($Number(d.scryptLogN) !== 0) {
                    m.scryptLogN = d.scryptLogN >>> 0;
                }
            }
            if (d.scryptR != null) {
                if ($Number(d.scryptR) !== 0) {
                    m.scryptR = d.scryptR >>> 0;
                }
            }
            if (d.scryptP != null) {
                if ($Number(d.scryptP) !== 0) {
                    m.scryptP = d.scryptP >>> 0;
                }
            }
            if (d.salt != null) {
                if (d.salt.length) {
                    if (typeof d.salt === "string")
                        $util.base64.decode(d.salt, m.salt = $util.newBuffer($util.base64.length(d.salt)), 0);
                    else if (d.salt.length >= 0)
                        m.salt = d.salt;
                }
            }
            if (d.nonce != null) {
                if (d.nonce.length) {
                    if (typeof d.nonce === "string")
                        $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                    else if (d.nonce.length >= 0)
                        m.nonce = d.nonce;
                }
            }
            if (d.wrapped != null) {
                if (d.wrapped.length) {
                    if (typeof d.wrapped === "string")
                        $util.base64.decode(d.wrapped, m.wrapped = $util.newBuffer($util.base64.length(d.wrapped)), 0);
                    else if (d.wrapped.length >= 0)
                        m.wrapped = d.wrapped;
                }
            }
            if (d.host != null) {
                if (typeof d.host !== "string" || d.host.length) {
                    m.host = $String(d.host);
                }
            }
            if (d.username != null) {
                if (typeof d.username !== "string" || d.username.length) {
                    m.username = $String(d.username);
                }
            }
            if (d.createdMs != null) {
                if (typeof d.createdMs === "object" ? d.createdMs.low || d.createdMs.high : $Number(d.createdMs) !== 0) {
                    if ($util.Long)
                        m.createdMs = $util.Long.fromValue(d.createdMs, false);
                    else if (typeof d.createdMs === "string")
                        m.createdMs = $parseInt(d.createdMs, 10);
                    else if (typeof d.createdMs === "number")
                        m.createdMs = d.createdMs;
                    else if (typeof d.createdMs === "object")
                        m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a KeyFile message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.KeyFile
         * @static
         * @param {meshbackup.KeyFile} m KeyFile
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KeyFile.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.version = 0;
                d.kdf = "";
                d.scryptLogN = 0;
                d.scryptR = 0;
                d.scryptP = 0;
                if (o.bytes === $String)
                    d.salt = "";
                else {
                    d.salt = [];
                    if (o.bytes !== $Array)
                        d.salt = $util.newBuffer(d.salt);
                }
                if (o.bytes === $String)
                    d.nonce = "";
                else {
                    d.nonce = [];
                    if (o.bytes !== $Array)
                        d.nonce = $util.newBuffer(d.nonce);
                }
                if (o.bytes === $String)
                    d.wrapped = "";
                else {
                    d.wrapped = [];
                    if (o.bytes !== $Array)
                        d.wrapped = $util.newBuffer(d.wrapped);
                }
                d.host = "";
                d.username = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.kdf != null && $Object.hasOwnProperty.call(m, "kdf")) {
                d.kdf = m.kdf;
            }
            if (m.scryptLogN != null && $Object.hasOwnProperty.call(m, "scryptLogN")) {
                d.scryptLogN = m.scryptLogN;
            }
            if (m.scryptR != null && $Object.hasOwnProperty.call(m, "scryptR")) {
                d.scryptR = m.scryptR;
            }
            if (m.scryptP != null && $Object.hasOwnProperty.call(m, "scryptP")) {
                d.scryptP = m.scryptP;
            }
            if (m.salt != null && $Object.hasOwnProperty.call(m, "salt")) {
                d.salt = o.bytes === $String ? $util.base64.encode(m.salt, 0, m.salt.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.salt) : m.salt;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
            }
            if (m.wrapped != null && $Object.hasOwnProperty.call(m, "wrapped")) {
                d.wrapped = o.bytes === $String ? $util.base64.encode(m.wrapped, 0, m.wrapped.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.wrapped) : m.wrapped;
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                d.host = m.host;
            }
            if (m.username != null && $Object.hasOwnProperty.call(m, "username")) {
                d.username = m.username;
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                else if (typeof m.createdMs === "number")
                    d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                else
                    d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
            }
            return d;
        };

        /**
         * Converts this KeyFile to JSON.
         * @function toJSON
         * @memberof meshbackup.KeyFile
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        KeyFile.prototype.toJSON = function() {
            return KeyFile.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for KeyFile
         * @function getTypeUrl
         * @memberof meshbackup.KeyFile
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KeyFile.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.KeyFile";
        };

        return KeyFile;
    })();

    meshbackup.MasterKey = (function() {

        /**
         * Properties of a MasterKey.
         * @typedef {Object} meshbackup.MasterKey.$Properties
         * @property {number|null} [version] MasterKey version
         * @property {Uint8Array|null} [secret] MasterKey secret
         * @property {string|null} [repoId] MasterKey repoId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MasterKey.
         * @memberof meshbackup
         * @interface IMasterKey
         * @augments meshbackup.MasterKey.$Properties
         * @deprecated Use meshbackup.MasterKey.$Properties instead.
         */

        /**
         * Shape of a MasterKey.
         * @typedef {meshbackup.MasterKey.$Properties} meshbackup.MasterKey.$Shape
         */

        /**
         * Constructs a new MasterKey.
         * @memberof meshbackup
         * @classdesc Represents a MasterKey.
         * @constructor
         * @param {meshbackup.MasterKey.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MasterKey = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MasterKey version.
         * @member {number} version
         * @memberof meshbackup.MasterKey
         * @instance
         */
        MasterKey.prototype.version = 0;

        /**
         * MasterKey secret.
         * @member {Uint8Array} secret
         * @memberof meshbackup.MasterKey
         * @instance
         */
        MasterKey.prototype.secret = $util.newBuffer([]);

        /**
         * MasterKey repoId.
         * @member {string} repoId
         * @memberof meshbackup.MasterKey
         * @instance
         */
        MasterKey.prototype.repoId = "";

        /**
         * Creates a new MasterKey instance using the specified properties.
         * @function create
         * @memberof meshbackup.MasterKey
         * @static
         * @param {meshbackup.MasterKey.$Properties=} [properties] Properties to set
         * @returns {meshbackup.MasterKey} MasterKey instance
         * @type {{
         *   (properties: meshbackup.MasterKey.$Shape): meshbackup.MasterKey & meshbackup.MasterKey.$Shape;
         *   (properties?: meshbackup.MasterKey.$Properties): meshbackup.MasterKey;
         * }}
         */
        MasterKey.create = function(properties) {
            return new MasterKey(properties);
        };

        /**
         * Encodes the specified MasterKey message. Does not implicitly {@link meshbackup.MasterKey.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.MasterKey
         * @static
         * @param {meshbackup.MasterKey.$Properties} m MasterKey message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MasterKey.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.secret);
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId") && m.repoId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.repoId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MasterKey message, length delimited. Does not implicitly {@link meshbackup.MasterKey.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.MasterKey
         * @static
         * @param {meshbackup.MasterKey.$Properties} message MasterKey message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MasterKey.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MasterKey message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.MasterKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.MasterKey & meshbackup.MasterKey.$Shape} MasterKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MasterKey.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.MasterKey();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.secret = v;
                        else
                            delete m.secret;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.repoId = v;
                        else
                            delete m.repoId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MasterKey message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.MasterKey
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.MasterKey & meshbackup.MasterKey.$Shape} MasterKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MasterKey.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MasterKey message.
         * @function verify
         * @memberof meshbackup.MasterKey
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MasterKey.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version))
                    return "version: integer expected";
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                if (!(m.secret && typeof m.secret.length === "number" || $util.isString(m.secret)))
                    return "secret: buffer expected";
            }
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId")) {
                if (!$util.isString(m.repoId))
                    return "repoId: string expected";
            }
            return null;
        };

        /**
         * Creates a MasterKey message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.MasterKey
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.MasterKey} MasterKey
         */
        MasterKey.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.MasterKey)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.MasterKey: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.MasterKey();
            if (d.version != null) {
                if ($Number(d.version) !== 0) {
                    m.version = d.version >>> 0;
                }
            }
            if (d.secret != null) {
                if (d.secret.length) {
                    if (typeof d.secret === "string")
                        $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                    else if (d.secret.length >= 0)
                        m.secret = d.secret;
                }
            }
            if (d.repoId != null) {
                if (typeof d.repoId !== "string" || d.repoId.length) {
                    m.repoId = $String(d.repoId);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MasterKey message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.MasterKey
         * @static
         * @param {meshbackup.MasterKey} m MasterKey
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MasterKey.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.version = 0;
                if (o.bytes === $String)
                    d.secret = "";
                else {
                    d.secret = [];
                    if (o.bytes !== $Array)
                        d.secret = $util.newBuffer(d.secret);
                }
                d.repoId = "";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
            }
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId")) {
                d.repoId = m.repoId;
            }
            return d;
        };

        /**
         * Converts this MasterKey to JSON.
         * @function toJSON
         * @memberof meshbackup.MasterKey
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MasterKey.prototype.toJSON = function() {
            return MasterKey.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MasterKey
         * @function getTypeUrl
         * @memberof meshbackup.MasterKey
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MasterKey.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.MasterKey";
        };

        return MasterKey;
    })();

    /**
     * BlobType enum.
     * @name meshbackup.BlobType
     * @enum {number}
     * @property {number} BLOB_DATA=0 BLOB_DATA value
     * @property {number} BLOB_TREE=1 BLOB_TREE value
     * @property {number} BLOB_SNAPSHOT=2 BLOB_SNAPSHOT value
     * @property {number} BLOB_INDEX=3 BLOB_INDEX value
     */
    meshbackup.BlobType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BLOB_DATA"] = 0;
        values[valuesById[1] = "BLOB_TREE"] = 1;
        values[valuesById[2] = "BLOB_SNAPSHOT"] = 2;
        values[valuesById[3] = "BLOB_INDEX"] = 3;
        return values;
    })();

    /**
     * Compression enum.
     * @name meshbackup.Compression
     * @enum {number}
     * @property {number} COMPRESSION_NONE=0 COMPRESSION_NONE value
     * @property {number} COMPRESSION_ZSTD=1 COMPRESSION_ZSTD value
     */
    meshbackup.Compression = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "COMPRESSION_NONE"] = 0;
        values[valuesById[1] = "COMPRESSION_ZSTD"] = 1;
        return values;
    })();

    meshbackup.PackEntry = (function() {

        /**
         * Properties of a PackEntry.
         * @typedef {Object} meshbackup.PackEntry.$Properties
         * @property {Uint8Array|null} [id] PackEntry id
         * @property {meshbackup.BlobType|null} [type] PackEntry type
         * @property {number|null} [offset] PackEntry offset
         * @property {number|null} [length] PackEntry length
         * @property {number|null} [rawLength] PackEntry rawLength
         * @property {meshbackup.Compression|null} [compression] PackEntry compression
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackEntry.
         * @memberof meshbackup
         * @interface IPackEntry
         * @augments meshbackup.PackEntry.$Properties
         * @deprecated Use meshbackup.PackEntry.$Properties instead.
         */

        /**
         * Shape of a PackEntry.
         * @typedef {meshbackup.PackEntry.$Properties} meshbackup.PackEntry.$Shape
         */

        /**
         * Constructs a new PackEntry.
         * @memberof meshbackup
         * @classdesc Represents a PackEntry.
         * @constructor
         * @param {meshbackup.PackEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PackEntry id.
         * @member {Uint8Array} id
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.id = $util.newBuffer([]);

        /**
         * PackEntry type.
         * @member {meshbackup.BlobType} type
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.type = 0;

        /**
         * PackEntry offset.
         * @member {number} offset
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.offset = 0;

        /**
         * PackEntry length.
         * @member {number} length
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.length = 0;

        /**
         * PackEntry rawLength.
         * @member {number} rawLength
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.rawLength = 0;

        /**
         * PackEntry compression.
         * @member {meshbackup.Compression} compression
         * @memberof meshbackup.PackEntry
         * @instance
         */
        PackEntry.prototype.compression = 0;

        /**
         * Creates a new PackEntry instance using the specified properties.
         * @function create
         * @memberof meshbackup.PackEntry
         * @static
         * @param {meshbackup.PackEntry.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PackEntry} PackEntry instance
         * @type {{
         *   (properties: meshbackup.PackEntry.$Shape): meshbackup.PackEntry & meshbackup.PackEntry.$Shape;
         *   (properties?: meshbackup.PackEntry.$Properties): meshbackup.PackEntry;
         * }}
         */
        PackEntry.create = function(properties) {
            return new PackEntry(properties);
        };

        /**
         * Encodes the specified PackEntry message. Does not implicitly {@link meshbackup.PackEntry.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PackEntry
         * @static
         * @param {meshbackup.PackEntry.$Properties} m PackEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.id);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.length);
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength") && m.rawLength !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.rawLength);
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression") && m.compression !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).int32(m.compression);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PackEntry message, length delimited. Does not implicitly {@link meshbackup.PackEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.PackEntry
         * @static
         * @param {meshbackup.PackEntry.$Properties} message PackEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PackEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.PackEntry & meshbackup.PackEntry.$Shape} PackEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.PackEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.rawLength = v;
                        else
                            delete m.rawLength;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.compression = v;
                        else
                            delete m.compression;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PackEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.PackEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.PackEntry & meshbackup.PackEntry.$Shape} PackEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackEntry message.
         * @function verify
         * @memberof meshbackup.PackEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!(m.id && typeof m.id.length === "number" || $util.isString(m.id)))
                    return "id: buffer expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                    return "type: enum value expected";
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset))
                    return "offset: integer expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length))
                    return "length: integer expected";
            }
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength")) {
                if (!$util.isInteger(m.rawLength))
                    return "rawLength: integer expected";
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                if (typeof m.compression !== "number" || (m.compression | 0) !== m.compression)
                    return "compression: enum value expected";
            }
            return null;
        };

        /**
         * Creates a PackEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.PackEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.PackEntry} PackEntry
         */
        PackEntry.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.PackEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.PackEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.PackEntry();
            if (d.id != null) {
                if (d.id.length) {
                    if (typeof d.id === "string")
                        $util.base64.decode(d.id, m.id = $util.newBuffer($util.base64.length(d.id)), 0);
                    else if (d.id.length >= 0)
                        m.id = d.id;
                }
            }
            if (d.type !== 0 && (typeof d.type !== "string" || $root.meshbackup.BlobType[d.type] !== 0)) {
                switch (d.type) {
                case "BLOB_DATA":
                case 0:
                    m.type = 0;
                    break;
                case "BLOB_TREE":
                case 1:
                    m.type = 1;
                    break;
                case "BLOB_SNAPSHOT":
                case 2:
                    m.type = 2;
                    break;
                case "BLOB_INDEX":
                case 3:
                    m.type = 3;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.offset != null) {
                if ($Number(d.offset) !== 0) {
                    m.offset = d.offset >>> 0;
                }
            }
            if (d.length != null) {
                if ($Number(d.length) !== 0) {
                    m.length = d.length >>> 0;
                }
            }
            if (d.rawLength != null) {
                if ($Number(d.rawLength) !== 0) {
                    m.rawLength = d.rawLength >>> 0;
                }
            }
            if (d.compression !== 0 && (typeof d.compression !== "string" || $root.meshbackup.Compression[d.compression] !== 0)) {
                switch (d.compression) {
                case "COMPRESSION_NONE":
                case 0:
                    m.compression = 0;
                    break;
                case "COMPRESSION_ZSTD":
                case 1:
                    m.compression = 1;
                    break;
                default:
                    if (typeof d.compression === "number" && (d.compression | 0) === d.compression)
                        m.compression = d.compression;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PackEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.PackEntry
         * @static
         * @param {meshbackup.PackEntry} m PackEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.id = "";
                else {
                    d.id = [];
                    if (o.bytes !== $Array)
                        d.id = $util.newBuffer(d.id);
                }
                d.type = o.enums === $String ? "BLOB_DATA" : 0;
                d.offset = 0;
                d.length = 0;
                d.rawLength = 0;
                d.compression = o.enums === $String ? "COMPRESSION_NONE" : 0;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = o.bytes === $String ? $util.base64.encode(m.id, 0, m.id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.id) : m.id;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.meshbackup.BlobType[m.type] === $undefined ? m.type : $root.meshbackup.BlobType[m.type] : m.type;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                d.offset = m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                d.length = m.length;
            }
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength")) {
                d.rawLength = m.rawLength;
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                d.compression = o.enums === $String ? $root.meshbackup.Compression[m.compression] === $undefined ? m.compression : $root.meshbackup.Compression[m.compression] : m.compression;
            }
            return d;
        };

        /**
         * Converts this PackEntry to JSON.
         * @function toJSON
         * @memberof meshbackup.PackEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackEntry.prototype.toJSON = function() {
            return PackEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackEntry
         * @function getTypeUrl
         * @memberof meshbackup.PackEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.PackEntry";
        };

        return PackEntry;
    })();

    meshbackup.PackHeader = (function() {

        /**
         * Properties of a PackHeader.
         * @typedef {Object} meshbackup.PackHeader.$Properties
         * @property {Array.<meshbackup.PackEntry.$Properties>|null} [entries] PackHeader entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackHeader.
         * @memberof meshbackup
         * @interface IPackHeader
         * @augments meshbackup.PackHeader.$Properties
         * @deprecated Use meshbackup.PackHeader.$Properties instead.
         */

        /**
         * Shape of a PackHeader.
         * @typedef {meshbackup.PackHeader.$Properties} meshbackup.PackHeader.$Shape
         */

        /**
         * Constructs a new PackHeader.
         * @memberof meshbackup
         * @classdesc Represents a PackHeader.
         * @constructor
         * @param {meshbackup.PackHeader.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackHeader = function (p) {
            this.entries = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PackHeader entries.
         * @member {Array.<meshbackup.PackEntry.$Properties>} entries
         * @memberof meshbackup.PackHeader
         * @instance
         */
        PackHeader.prototype.entries = $util.emptyArray;

        /**
         * Creates a new PackHeader instance using the specified properties.
         * @function create
         * @memberof meshbackup.PackHeader
         * @static
         * @param {meshbackup.PackHeader.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PackHeader} PackHeader instance
         * @type {{
         *   (properties: meshbackup.PackHeader.$Shape): meshbackup.PackHeader & meshbackup.PackHeader.$Shape;
         *   (properties?: meshbackup.PackHeader.$Properties): meshbackup.PackHeader;
         * }}
         */
        PackHeader.create = function(properties) {
            return new PackHeader(properties);
        };

        /**
         * Encodes the specified PackHeader message. Does not implicitly {@link meshbackup.PackHeader.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PackHeader
         * @static
         * @param {meshbackup.PackHeader.$Properties} m PackHeader message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackHeader.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.entries != null && m.entries.length) {
                for (var i = 0; i < m.entries.length; ++i)
                    $root.meshbackup.PackEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PackHeader message, length delimited. Does not implicitly {@link meshbackup.PackHeader.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.PackHeader
         * @static
         * @param {meshbackup.PackHeader.$Properties} message PackHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackHeader.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackHeader message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PackHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.PackHeader & meshbackup.PackHeader.$Shape} PackHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackHeader.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.PackHeader();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.entries && m.entries.length))
                            m.entries = [];
                        m.entries.push($root.meshbackup.PackEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PackHeader message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.PackHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.PackHeader & meshbackup.PackHeader.$Shape} PackHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackHeader.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackHeader message.
         * @function verify
         * @memberof meshbackup.PackHeader
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackHeader.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                if (!$Array.isArray(m.entries))
                    return "entries: array expected";
                for (var i = 0; i < m.entries.length; ++i) {
                    {
                        var e = $root.meshbackup.PackEntry.verify(m.entries[i], q + 1);
                        if (e)
                            return "entries." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a PackHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.PackHeader
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.PackHeader} PackHeader
         */
        PackHeader.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.PackHeader)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.PackHeader: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.PackHeader();
            if (d.entries) {
                if (!$Array.isArray(d.entries))
                    throw $TypeError(".meshbackup.PackHeader.entries: array expected");
                m.entries = $Array(d.entries.length);
                for (var i = 0; i < d.entries.length; ++i) {
                    if (!$util.isObject(d.entries[i]))
                        throw $TypeError(".meshbackup.PackHeader.entries: object expected");
                    m.entries[i] = $root.meshbackup.PackEntry.fromObject(d.entries[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PackHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.PackHeader
         * @static
         * @param {meshbackup.PackHeader} m PackHeader
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackHeader.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.entries = [];
            }
            if (m.entries && m.entries.length) {
                d.entries = $Array(m.entries.length);
                for (var j = 0; j < m.entries.length; ++j) {
                    d.entries[j] = $root.meshbackup.PackEntry.toObject(m.entries[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PackHeader to JSON.
         * @function toJSON
         * @memberof meshbackup.PackHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackHeader.prototype.toJSON = function() {
            return PackHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackHeader
         * @function getTypeUrl
         * @memberof meshbackup.PackHeader
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackHeader.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.PackHeader";
        };

        return PackHeader;
    })();

    meshbackup.ShardHeader = (function() {

        /**
         * Properties of a ShardHeader.
         * @typedef {Object} meshbackup.ShardHeader.$Properties
         * @property {number|null} [version] ShardHeader version
         * @property {string|null} [owner] ShardHeader owner
         * @property {Uint8Array|null} [packId] ShardHeader packId
         * @property {number|null} [index] ShardHeader index
         * @property {number|null} [k] ShardHeader k
         * @property {number|null} [m] ShardHeader m
         * @property {number|null} [packLength] ShardHeader packLength
         * @property {number|null} [shardLength] ShardHeader shardLength
         * @property {Uint8Array|null} [shardHash] ShardHeader shardHash
         * @property {number|null} [blockSize] ShardHeader blockSize
         * @property {Uint8Array|null} [blockHashes] ShardHeader blockHashes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardHeader.
         * @memberof meshbackup
         * @interface IShardHeader
         * @augments meshbackup.ShardHeader.$Properties
         * @deprecated Use meshbackup.ShardHeader.$Properties instead.
         */

        /**
         * Shape of a ShardHeader.
         * @typedef {meshbackup.ShardHeader.$Properties} meshbackup.ShardHeader.$Shape
         */

        /**
         * Constructs a new ShardHeader.
         * @memberof meshbackup
         * @classdesc Represents a ShardHeader.
         * @constructor
         * @param {meshbackup.ShardHeader.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardHeader = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardHeader version.
         * @member {number} version
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.version = 0;

        /**
         * ShardHeader owner.
         * @member {string} owner
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.owner = "";

        /**
         * ShardHeader packId.
         * @member {Uint8Array} packId
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.packId = $util.newBuffer([]);

        /**
         * ShardHeader index.
         * @member {number} index
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.index = 0;

        /**
         * ShardHeader k.
         * @member {number} k
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.k = 0;

        /**
         * ShardHeader m.
         * @member {number} m
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.m = 0;

        /**
         * ShardHeader packLength.
         * @member {number} packLength
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.packLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ShardHeader shardLength.
         * @member {number} shardLength
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.shardLength = 0;

        /**
         * ShardHeader shardHash.
         * @member {Uint8Array} shardHash
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.shardHash = $util.newBuffer([]);

        /**
         * ShardHeader blockSize.
         * @member {number} blockSize
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.blockSize = 0;

        /**
         * ShardHeader blockHashes.
         * @member {Uint8Array} blockHashes
         * @memberof meshbackup.ShardHeader
         * @instance
         */
        ShardHeader.prototype.blockHashes = $util.newBuffer([]);

        /**
         * Creates a new ShardHeader instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {meshbackup.ShardHeader.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardHeader} ShardHeader instance
         * @type {{
         *   (properties: meshbackup.ShardHeader.$Shape): meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape;
         *   (properties?: meshbackup.ShardHeader.$Properties): meshbackup.ShardHeader;
         * }}
         */
        ShardHeader.create = function(properties) {
            return new ShardHeader(properties);
        };

        /**
         * Encodes the specified ShardHeader message. Does not implicitly {@link meshbackup.ShardHeader.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {meshbackup.ShardHeader.$Properties} m ShardHeader message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHeader.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.owner);
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId") && m.packId.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.packId);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.index);
            if (m.k != null && $Object.hasOwnProperty.call(m, "k") && m.k !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.k);
            if (m.m != null && $Object.hasOwnProperty.call(m, "m") && m.m !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.m);
            if (m.packLength != null && $Object.hasOwnProperty.call(m, "packLength") && (typeof m.packLength === "object" ? m.packLength.low || m.packLength.high : m.packLength !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.packLength);
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength") && m.shardLength !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.shardLength);
            if (m.shardHash != null && $Object.hasOwnProperty.call(m, "shardHash") && m.shardHash.length)
                w.uint32(/* id 9, wireType 2 =*/74).bytes(m.shardHash);
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize") && m.blockSize !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.blockSize);
            if (m.blockHashes != null && $Object.hasOwnProperty.call(m, "blockHashes") && m.blockHashes.length)
                w.uint32(/* id 11, wireType 2 =*/90).bytes(m.blockHashes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardHeader message, length delimited. Does not implicitly {@link meshbackup.ShardHeader.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {meshbackup.ShardHeader.$Properties} message ShardHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHeader.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardHeader message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape} ShardHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHeader.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardHeader();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packId = v;
                        else
                            delete m.packId;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.k = v;
                        else
                            delete m.k;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.m = v;
                        else
                            delete m.m;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.packLength = v;
                        else
                            delete m.packLength;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.shardLength = v;
                        else
                            delete m.shardLength;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.shardHash = v;
                        else
                            delete m.shardHash;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.blockSize = v;
                        else
                            delete m.blockSize;
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.blockHashes = v;
                        else
                            delete m.blockHashes;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardHeader message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape} ShardHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHeader.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardHeader message.
         * @function verify
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardHeader.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version))
                    return "version: integer expected";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                if (!(m.packId && typeof m.packId.length === "number" || $util.isString(m.packId)))
                    return "packId: buffer expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            if (m.k != null && $Object.hasOwnProperty.call(m, "k")) {
                if (!$util.isInteger(m.k))
                    return "k: integer expected";
            }
            if (m.m != null && $Object.hasOwnProperty.call(m, "m")) {
                if (!$util.isInteger(m.m))
                    return "m: integer expected";
            }
            if (m.packLength != null && $Object.hasOwnProperty.call(m, "packLength")) {
                if (!$util.isInteger(m.packLength) && !(m.packLength && $util.isInteger(m.packLength.low) && $util.isInteger(m.packLength.high)))
                    return "packLength: integer|Long expected";
            }
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength")) {
                if (!$util.isInteger(m.shardLength))
                    return "shardLength: integer expected";
            }
            if (m.shardHash != null && $Object.hasOwnProperty.call(m, "shardHash")) {
                if (!(m.shardHash && typeof m.shardHash.length === "number" || $util.isString(m.shardHash)))
                    return "shardHash: buffer expected";
            }
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize")) {
                if (!$util.isInteger(m.blockSize))
                    return "blockSize: integer expected";
            }
            if (m.blockHashes != null && $Object.hasOwnProperty.call(m, "blockHashes")) {
                if (!(m.blockHashes && typeof m.blockHashes.length === "number" || $util.isString(m.blockHashes)))
                    return "blockHashes: buffer expected";
            }
            return null;
        };

        /**
         * Creates a ShardHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardHeader} ShardHeader
         */
        ShardHeader.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardHeader)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardHeader: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardHeader();
            if (d.version != null) {
                if ($Number(d.version) !== 0) {
                    m.version = d.version >>> 0;
                }
            }
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.packId != null) {
                if (d.packId.length) {
                    if (typeof d.packId === "string")
                        $util.base64.decode(d.packId, m.packId = $util.newBuffer($util.base64.length(d.packId)), 0);
                    else if (d.packId.length >= 0)
                        m.packId = d.packId;
                }
            }
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            if (d.k != null) {
                if ($Number(d.k) !== 0) {
                    m.k = d.k >>> 0;
                }
            }
            if (d.m != null) {
                if ($Number(d.m) !== 0) {
                    m.m = d.m >>> 0;
                }
            }
            if (d.packLength != null) {
                if (typeof d.packLength === "object" ? d.packLength.low || d.packLength.high : $Number(d.packLength) !== 0) {
                    if ($util.Long)
                        m.packLength = $util.Long.fromValue(d.packLength, true);
                    else if (typeof d.packLength === "string")
                        m.packLength = $parseInt(d.packLength, 10);
                    else if (typeof d.packLength === "number")
                        m.packLength = d.packLength;
                    else if (typeof d.packLength === "object")
                        m.packLength = new $util.LongBits(d.packLength.low >>> 0, d.packLength.high >>> 0).toNumber(true);
                }
            }
            if (d.shardLength != null) {
                if ($Number(d.shardLength) !== 0) {
                    m.shardLength = d.shardLength >>> 0;
                }
            }
            if (d.shardHash != null) {
                if (d.shardHash.length) {
                    if (typeof d.shardHash === "string")
                        $util.base64.decode(d.shardHash, m.shardHash = $util.newBuffer($util.base64.length(d.shardHash)), 0);
                    else if (d.shardHash.length >= 0)
                        m.shardHash = d.shardHash;
                }
            }
            if (d.blockSize != null) {
                if ($Number(d.blockSize) !== 0) {
                    m.blockSize = d.blockSize >>> 0;
                }
            }
            if (d.blockHashes != null) {
                if (d.blockHashes.length) {
                    if (typeof d.blockHashes === "string")
                        $util.base64.decode(d.blockHashes, m.blockHashes = $util.newBuffer($util.base64.length(d.blockHashes)), 0);
                    else if (d.blockHashes.length >= 0)
                        m.blockHashes = d.blockHashes;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {meshbackup.ShardHeader} m ShardHeader
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardHeader.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.version = 0;
                d.owner = "";
                if (o.bytes === $String)
                    d.packId = "";
                else {
                    d.packId = [];
                    if (o.bytes !== $Array)
                        d.packId = $util.newBuffer(d.packId);
                }
                d.index = 0;
                d.k = 0;
                d.m = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.packLength = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.packLength = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.shardLength = 0;
                if (o.bytes === $String)
                    d.shardHash = "";
                else {
                    d.shardHash = [];
                    if (o.bytes !== $Array)
                        d.shardHash = $util.newBuffer(d.shardHash);
                }
                d.blockSize = 0;
                if (o.bytes === $String)
                    d.blockHashes = "";
                else {
                    d.blockHashes = [];
                    if (o.bytes !== $Array)
                        d.blockHashes = $util.newBuffer(d.blockHashes);
                }
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                d.packId = o.bytes === $String ? $util.base64.encode(m.packId, 0, m.packId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packId) : m.packId;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            if (m.k != null && $Object.hasOwnProperty.call(m, "k")) {
                d.k = m.k;
            }
            if (m.m != null && $Object.hasOwnProperty.call(m, "m")) {
                d.m = m.m;
            }
            if (m.packLength != null && $Object.hasOwnProperty.call(m, "packLength")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.packLength = typeof m.packLength === "number" ? $BigInt(m.packLength) : $util.Long.fromBits(m.packLength.low >>> 0, m.packLength.high >>> 0, true).toBigInt();
                else if (typeof m.packLength === "number")
                    d.packLength = o.longs === $String ? $String(m.packLength) : m.packLength;
                else
                    d.packLength = o.longs === $String ? $util.Long.prototype.toString.call(m.packLength) : o.longs === $Number ? new $util.LongBits(m.packLength.low >>> 0, m.packLength.high >>> 0).toNumber(true) : m.packLength;
            }
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength")) {
                d.shardLength = m.shardLength;
            }
            if (m.shardHash != null && $Object.hasOwnProperty.call(m, "shardHash")) {
                d.shardHash = o.bytes === $String ? $util.base64.encode(m.shardHash, 0, m.shardHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.shardHash) : m.shardHash;
            }
            if (m.blockSize != null && $Object.hasOwnProperty.call(m, "blockSize")) {
                d.blockSize = m.blockSize;
            }
            if (m.blockHashes != null && $Object.hasOwnProperty.call(m, "blockHashes")) {
                d.blockHashes = o.bytes === $String ? $util.base64.encode(m.blockHashes, 0, m.blockHashes.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockHashes) : m.blockHashes;
            }
            return d;
        };

        /**
         * Converts this ShardHeader to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardHeader.prototype.toJSON = function() {
            return ShardHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardHeader
         * @function getTypeUrl
         * @memberof meshbackup.ShardHeader
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardHeader.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardHeader";
        };

        return ShardHeader;
    })();

    /**
     * NodeType enum.
     * @name meshbackup.NodeType
     * @enum {number}
     * @property {number} NODE_FILE=0 NODE_FILE value
     * @property {number} NODE_DIR=1 NODE_DIR value
     * @property {number} NODE_SYMLINK=2 NODE_SYMLINK value
     */
    meshbackup.NodeType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_FILE"] = 0;
        values[valuesById[1] = "NODE_DIR"] = 1;
        values[valuesById[2] = "NODE_SYMLINK"] = 2;
        return values;
    })();

    meshbackup.Node = (function() {

        /**
         * Properties of a Node.
         * @typedef {Object} meshbackup.Node.$Properties
         * @property {string|null} [name] Node name
         * @property {meshbackup.NodeType|null} [type] Node type
         * @property {number|null} [mode] Node mode
         * @property {number|null} [mtimeSec] Node mtimeSec
         * @property {number|null} [mtimeNsec] Node mtimeNsec
         * @property {number|null} [size] Node size
         * @property {Array.<Uint8Array>|null} [content] Node content
         * @property {Uint8Array|null} [subtree] Node subtree
         * @property {string|null} [linkTarget] Node linkTarget
         * @property {number|null} [inode] Node inode
         * @property {number|null} [dev] Node dev
         * @property {number|null} [uid] Node uid
         * @property {number|null} [gid] Node gid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Node.
         * @memberof meshbackup
         * @interface INode
         * @augments meshbackup.Node.$Properties
         * @deprecated Use meshbackup.Node.$Properties instead.
         */

        /**
         * Shape of a Node.
         * @typedef {meshbackup.Node.$Properties} meshbackup.Node.$Shape
         */

        /**
         * Constructs a new Node.
         * @memberof meshbackup
         * @classdesc Represents a Node.
         * @constructor
         * @param {meshbackup.Node.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Node = function (p) {
            this.content = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Node name.
         * @member {string} name
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.name = "";

        /**
         * Node type.
         * @member {meshbackup.NodeType} type
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.type = 0;

        /**
         * Node mode.
         * @member {number} mode
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.mode = 0;

        /**
         * Node mtimeSec.
         * @member {number} mtimeSec
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.mtimeSec = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Node mtimeNsec.
         * @member {number} mtimeNsec
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.mtimeNsec = 0;

        /**
         * Node size.
         * @member {number} size
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Node content.
         * @member {Array.<Uint8Array>} content
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.content = $util.emptyArray;

        /**
         * Node subtree.
         * @member {Uint8Array} subtree
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.subtree = $util.newBuffer([]);

        /**
         * Node linkTarget.
         * @member {string} linkTarget
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.linkTarget = "";

        /**
         * Node inode.
         * @member {number} inode
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.inode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Node dev.
         * @member {number} dev
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.dev = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Node uid.
         * @member {number} uid
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.uid = 0;

        /**
         * Node gid.
         * @member {number} gid
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.gid = 0;

        /**
         * Creates a new Node instance using the specified properties.
         * @function create
         * @memberof meshbackup.Node
         * @static
         * @param {meshbackup.Node.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Node} Node instance
         * @type {{
         *   (properties: meshbackup.Node.$Shape): meshbackup.Node & meshbackup.Node.$Shape;
         *   (properties?: meshbackup.Node.$Properties): meshbackup.Node;
         * }}
         */
        Node.create = function(properties) {
            return new Node(properties);
        };

        /**
         * Encodes the specified Node message. Does not implicitly {@link meshbackup.Node.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Node
         * @static
         * @param {meshbackup.Node.$Properties} m Node message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Node.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
            if (m.mode != null && $Object.hasOwnProperty.call(m, "mode") && m.mode !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.mode);
            if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec") && (typeof m.mtimeSec === "object" ? m.mtimeSec.low || m.mtimeSec.high : m.mtimeSec !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.mtimeSec);
            if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec") && m.mtimeNsec !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.mtimeNsec);
            if (m.size != null && $Object.hasOwnProperty.call(m, "size") && (typeof m.size === "object" ? m.size.low || m.size.high : m.size !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.size);
            if (m.content != null && m.content.length) {
                for (var i = 0; i < m.content.length; ++i)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.content[i]);
            }
            if (m.subtree != null && $Object.hasOwnProperty.call(m, "subtree") && m.subtree.length)
                w.uint32(/* id 8, wireType 2 =*/66).bytes(m.subtree);
            if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget") && m.linkTarget !== "")
                w.uint32(/* id 9, wireType 2 =*/74).string(m.linkTarget);
            if (m.inode != null && $Object.hasOwnProperty.call(m, "inode") && (typeof m.inode === "object" ? m.inode.low || m.inode.high : m.inode !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.inode);
            if (m.dev != null && $Object.hasOwnProperty.call(m, "dev") && (typeof m.dev === "object" ? m.dev.low || m.dev.high : m.dev !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).uint64(m.dev);
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid") && m.uid !== 0)
                w.uint32(/* id 12, wireType 0 =*/96).uint32(m.uid);
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid") && m.gid !== 0)
                w.uint32(/* id 13, wireType 0 =*/104).uint32(m.gid);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Node message, length delimited. Does not implicitly {@link meshbackup.Node.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.Node
         * @static
         * @param {meshbackup.Node.$Properties} message Node message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Node.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Node message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Node
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.Node & meshbackup.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Node.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.Node();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.mode = v;
                        else
                            delete m.mode;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.mtimeSec = v;
                        else
                            delete m.mtimeSec;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.mtimeNsec = v;
                        else
                            delete m.mtimeNsec;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.size = v;
                        else
                            delete m.size;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.content && m.content.length))
                            m.content = [];
                        m.content.push(r.bytes());
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.subtree = v;
                        else
                            delete m.subtree;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.linkTarget = v;
                        else
                            delete m.linkTarget;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.inode = v;
                        else
                            delete m.inode;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.dev = v;
                        else
                            delete m.dev;
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.uid = v;
                        else
                            delete m.uid;
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.gid = v;
                        else
                            delete m.gid;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Node message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.Node
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.Node & meshbackup.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Node.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Node message.
         * @function verify
         * @memberof meshbackup.Node
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Node.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                if (!$util.isString(m.name))
                    return "name: string expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                    return "type: enum value expected";
            }
            if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                if (!$util.isInteger(m.mode))
                    return "mode: integer expected";
            }
            if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec")) {
                if (!$util.isInteger(m.mtimeSec) && !(m.mtimeSec && $util.isInteger(m.mtimeSec.low) && $util.isInteger(m.mtimeSec.high)))
                    return "mtimeSec: integer|Long expected";
            }
            if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec")) {
                if (!$util.isInteger(m.mtimeNsec))
                    return "mtimeNsec: integer expected";
            }
            if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                if (!$util.isInteger(m.size) && !(m.size && $util.isInteger(m.size.low) && $util.isInteger(m.size.high)))
                    return "size: integer|Long expected";
            }
            if (m.content != null && $Object.hasOwnProperty.call(m, "content")) {
                if (!$Array.isArray(m.content))
                    return "content: array expected";
                for (var i = 0; i < m.content.length; ++i) {
                    if (!(m.content[i] && typeof m.content[i].length === "number" || $util.isString(m.content[i])))
                        return "content: buffer[] expected";
                }
            }
            if (m.subtree != null && $Object.hasOwnProperty.call(m, "subtree")) {
                if (!(m.subtree && typeof m.subtree.length === "number" || $util.isString(m.subtree)))
                    return "subtree: buffer expected";
            }
            if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget")) {
                if (!$util.isString(m.linkTarget))
                    return "linkTarget: string expected";
            }
            if (m.inode != null && $Object.hasOwnProperty.call(m, "inode")) {
                if (!$util.isInteger(m.inode) && !(m.inode && $util.isInteger(m.inode.low) && $util.isInteger(m.inode.high)))
                    return "inode: integer|Long expected";
            }
            if (m.dev != null && $Object.hasOwnProperty.call(m, "dev")) {
                if (!$util.isInteger(m.dev) && !(m.dev && $util.isInteger(m.dev.low) && $util.isInteger(m.dev.high)))
                    return "dev: integer|Long expected";
            }
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                if (!$util.isInteger(m.uid))
                    return "uid: integer expected";
            }
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                if (!$util.isInteger(m.gid))
                    return "gid: integer expected";
            }
            return null;
        };

        /**
         * Creates a Node message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.Node
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.Node} Node
         */
        Node.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.Node)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.Node: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.Node();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.type !== 0 && (typeof d.type !== "string" || $root.meshbackup.NodeType[d.type] !== 0)) {
                switch (d.type) {
                case "NODE_FILE":
                case 0:
                    m.type = 0;
                    break;
                case "NODE_DIR":
                case 1:
                    m.type = 1;
                    break;
                case "NODE_SYMLINK":
                case 2:
                    m.type = 2;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.mode != null) {
                if ($Number(d.mode) !== 0) {
                    m.mode = d.mode >>> 0;
                }
            }
            if (d.mtimeSec != null) {
                if (typeof d.mtimeSec === "object" ? d.mtimeSec.low || d.mtimeSec.high : $Number(d.mtimeSec) !== 0) {
                    if ($util.Long)
                        m.mtimeSec = $util.Long.fromValue(d.mtimeSec, false);
                    else if (typeof d.mtimeSec === "string")
                        m.mtimeSec = $parseInt(d.mtimeSec, 10);
                    else if (typeof d.mtimeSec === "number")
                        m.mtimeSec = d.mtimeSec;
                    else if (typeof d.mtimeSec === "object")
                        m.mtimeSec = new $util.LongBits(d.mtimeSec.low >>> 0, d.mtimeSec.high >>> 0).toNumber();
                }
            }
            if (d.mtimeNsec != null) {
                if ($Number(d.mtimeNsec) !== 0) {
                    m.mtimeNsec = d.mtimeNsec >>> 0;
                }
            }
            if (d.size != null) {
                if (typeof d.size === "object" ? d.size.low || d.size.high : $Number(d.size) !== 0) {
                    if ($util.Long)
                        m.size = $util.Long.fromValue(d.size, true);
                    else if (typeof d.size === "string")
                        m.size = $parseInt(d.size, 10);
                    else if (typeof d.size === "number")
                        m.size = d.size;
                    else if (typeof d.size === "object")
                        m.size = new $util.LongBits(d.size.low >>> 0, d.size.high >>> 0).toNumber(true);
                }
            }
            if (d.content) {
                if (!$Array.isArray(d.content))
                    throw $TypeError(".meshbackup.Node.content: array expected");
                m.content = $Array(d.content.length);
                for (var i = 0; i < d.content.length; ++i) {
                    if (typeof d.content[i] === "string")
                        $util.base64.decode(d.content[i], m.content[i] = $util.newBuffer($util.base64.length(d.content[i])), 0);
                    else if (d.content[i].length >= 0)
                        m.content[i] = d.content[i];
                }
            }
            if (d.subtree != null) {
                if (d.subtree.length) {
                    if (typeof d.subtree === "string")
                        $util.base64.decode(d.subtree, m.subtree = $util.newBuffer($util.base64.length(d.subtree)), 0);
                    else if (d.subtree.length >= 0)
                        m.subtree = d.subtree;
                }
            }
            if (d.linkTarget != null) {
                if (typeof d.linkTarget !== "string" || d.linkTarget.length) {
                    m.linkTarget = $String(d.linkTarget);
                }
            }
            if (d.inode != null) {
                if (typeof d.inode === "object" ? d.inode.low || d.inode.high : $Number(d.inode) !== 0) {
                    if ($util.Long)
                        m.inode = $util.Long.fromValue(d.inode, true);
                    else if (typeof d.inode === "string")
                        m.inode = $parseInt(d.inode, 10);
                    else if (typeof d.inode === "number")
                        m.inode = d.inode;
                    else if (typeof d.inode === "object")
                        m.inode = new $util.LongBits(d.inode.low >>> 0, d.inode.high >>> 0).toNumber(true);
                }
            }
            if (d.dev != null) {
                if (typeof d.dev === "object" ? d.dev.low || d.dev.high : $Number(d.dev) !== 0) {
                    if ($util.Long)
                        m.dev = $util.Long.fromValue(d.dev, true);
                    else if (typeof d.dev === "string")
                        m.dev = $parseInt(d.dev, 10);
                    else if (typeof d.dev === "number")
                        m.dev = d.dev;
                    else if (typeof d.dev === "object")
                        m.dev = new $util.LongBits(d.dev.low >>> 0, d.dev.high >>> 0).toNumber(true);
                }
            }
            if (d.uid != null) {
                if ($Number(d.uid) !== 0) {
                    m.uid = d.uid >>> 0;
                }
            }
            if (d.gid != null) {
                if ($Number(d.gid) !== 0) {
                    m.gid = d.gid >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Node message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.Node
         * @static
         * @param {meshbackup.Node} m Node
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Node.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.content = [];
            }
            if (o.defaults) {
                d.name = "";
                d.type = o.enums === $String ? "NODE_FILE" : 0;
                d.mode = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.mtimeSec = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.mtimeSec = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.mtimeNsec = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.size = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.size = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.subtree = "";
                else {
                    d.subtree = [];
                    if (o.bytes !== $Array)
                        d.subtree = $util.newBuffer(d.subtree);
                }
                d.linkTarget = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.inode = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.inode = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.dev = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.dev = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.uid = 0;
                d.gid = 0;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.meshbackup.NodeType[m.type] === $undefined ? m.type : $root.meshbackup.NodeType[m.type] : m.type;
            }
            if (m.mode != null && $Object.hasOwnProperty.call(m, "mode")) {
                d.mode = m.mode;
            }
            if (m.mtimeSec != null && $Object.hasOwnProperty.call(m, "mtimeSec")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.mtimeSec = typeof m.mtimeSec === "number" ? $BigInt(m.mtimeSec) : $util.Long.fromBits(m.mtimeSec.low >>> 0, m.mtimeSec.high >>> 0, false).toBigInt();
                else if (typeof m.mtimeSec === "number")
                    d.mtimeSec = o.longs === $String ? $String(m.mtimeSec) : m.mtimeSec;
                else
                    d.mtimeSec = o.longs === $String ? $util.Long.prototype.toString.call(m.mtimeSec) : o.longs === $Number ? new $util.LongBits(m.mtimeSec.low >>> 0, m.mtimeSec.high >>> 0).toNumber() : m.mtimeSec;
            }
            if (m.mtimeNsec != null && $Object.hasOwnProperty.call(m, "mtimeNsec")) {
                d.mtimeNsec = m.mtimeNsec;
            }
            if (m.size != null && $Object.hasOwnProperty.call(m, "size")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.size = typeof m.size === "number" ? $BigInt(m.size) : $util.Long.fromBits(m.size.low >>> 0, m.size.high >>> 0, true).toBigInt();
                else if (typeof m.size === "number")
                    d.size = o.longs === $String ? $String(m.size) : m.size;
                else
                    d.size = o.longs === $String ? $util.Long.prototype.toString.call(m.size) : o.longs === $Number ? new $util.LongBits(m.size.low >>> 0, m.size.high >>> 0).toNumber(true) : m.size;
            }
            if (m.content && m.content.length) {
                d.content = $Array(m.content.length);
                for (var j = 0; j < m.content.length; ++j) {
                    d.content[j] = o.bytes === $String ? $util.base64.encode(m.content[j], 0, m.content[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.content[j]) : m.content[j];
                }
            }
            if (m.subtree != null && $Object.hasOwnProperty.call(m, "subtree")) {
                d.subtree = o.bytes === $String ? $util.base64.encode(m.subtree, 0, m.subtree.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.subtree) : m.subtree;
            }
            if (m.linkTarget != null && $Object.hasOwnProperty.call(m, "linkTarget")) {
                d.linkTarget = m.linkTarget;
            }
            if (m.inode != null && $Object.hasOwnProperty.call(m, "inode")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.inode = typeof m.inode === "number" ? $BigInt(m.inode) : $util.Long.fromBits(m.inode.low >>> 0, m.inode.high >>> 0, true).toBigInt();
                else if (typeof m.inode === "number")
                    d.inode = o.longs === $String ? $String(m.inode) : m.inode;
                else
                    d.inode = o.longs === $String ? $util.Long.prototype.toString.call(m.inode) : o.longs === $Number ? new $util.LongBits(m.inode.low >>> 0, m.inode.high >>> 0).toNumber(true) : m.inode;
            }
            if (m.dev != null && $Object.hasOwnProperty.call(m, "dev")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.dev = typeof m.dev === "number" ? $BigInt(m.dev) : $util.Long.fromBits(m.dev.low >>> 0, m.dev.high >>> 0, true).toBigInt();
                else if (typeof m.dev === "number")
                    d.dev = o.longs === $String ? $String(m.dev) : m.dev;
                else
                    d.dev = o.longs === $String ? $util.Long.prototype.toString.call(m.dev) : o.longs === $Number ? new $util.LongBits(m.dev.low >>> 0, m.dev.high >>> 0).toNumber(true) : m.dev;
            }
            if (m.uid != null && $Object.hasOwnProperty.call(m, "uid")) {
                d.uid = m.uid;
            }
            if (m.gid != null && $Object.hasOwnProperty.call(m, "gid")) {
                d.gid = m.gid;
            }
            return d;
        };

        /**
         * Converts this Node to JSON.
         * @function toJSON
         * @memberof meshbackup.Node
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Node.prototype.toJSON = function() {
            return Node.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Node
         * @function getTypeUrl
         * @memberof meshbackup.Node
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Node.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.Node";
        };

        return Node;
    })();

    meshbackup.Tree = (function() {

        /**
         * Properties of a Tree.
         * @typedef {Object} meshbackup.Tree.$Properties
         * @property {Array.<meshbackup.Node.$Properties>|null} [nodes] Tree nodes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Tree.
         * @memberof meshbackup
         * @interface ITree
         * @augments meshbackup.Tree.$Properties
         * @deprecated Use meshbackup.Tree.$Properties instead.
         */

        /**
         * Shape of a Tree.
         * @typedef {meshbackup.Tree.$Properties} meshbackup.Tree.$Shape
         */

        /**
         * Constructs a new Tree.
         * @memberof meshbackup
         * @classdesc Represents a Tree.
         * @constructor
         * @param {meshbackup.Tree.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Tree = function (p) {
            this.nodes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Tree nodes.
         * @member {Array.<meshbackup.Node.$Properties>} nodes
         * @memberof meshbackup.Tree
         * @instance
         */
        Tree.prototype.nodes = $util.emptyArray;

        /**
         * Creates a new Tree instance using the specified properties.
         * @function create
         * @memberof meshbackup.Tree
         * @static
         * @param {meshbackup.Tree.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Tree} Tree instance
         * @type {{
         *   (properties: meshbackup.Tree.$Shape): meshbackup.Tree & meshbackup.Tree.$Shape;
         *   (properties?: meshbackup.Tree.$Properties): meshbackup.Tree;
         * }}
         */
        Tree.create = function(properties) {
            return new Tree(properties);
        };

        /**
         * Encodes the specified Tree message. Does not implicitly {@link meshbackup.Tree.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Tree
         * @static
         * @param {meshbackup.Tree.$Properties} m Tree message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Tree.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nodes != null && m.nodes.length) {
                for (var i = 0; i < m.nodes.length; ++i)
                    $root.meshbackup.Node.encode(m.nodes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Tree message, length delimited. Does not implicitly {@link meshbackup.Tree.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.Tree
         * @static
         * @param {meshbackup.Tree.$Properties} message Tree message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Tree.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Tree message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Tree
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.Tree & meshbackup.Tree.$Shape} Tree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Tree.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.Tree();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.nodes && m.nodes.length))
                            m.nodes = [];
                        m.nodes.push($root.meshbackup.Node.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Tree message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.Tree
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.Tree & meshbackup.Tree.$Shape} Tree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Tree.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Tree message.
         * @function verify
         * @memberof meshbackup.Tree
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Tree.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.nodes != null && $Object.hasOwnProperty.call(m, "nodes")) {
                if (!$Array.isArray(m.nodes))
                    return "nodes: array expected";
                for (var i = 0; i < m.nodes.length; ++i) {
                    {
                        var e = $root.meshbackup.Node.verify(m.nodes[i], q + 1);
                        if (e)
                            return "nodes." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a Tree message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.Tree
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.Tree} Tree
         */
        Tree.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.Tree)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.Tree: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.Tree();
            if (d.nodes) {
                if (!$Array.isArray(d.nodes))
                    throw $TypeError(".meshbackup.Tree.nodes: array expected");
                m.nodes = $Array(d.nodes.length);
                for (var i = 0; i < d.nodes.length; ++i) {
                    if (!$util.isObject(d.nodes[i]))
                        throw $TypeError(".meshbackup.Tree.nodes: object expected");
                    m.nodes[i] = $root.meshbackup.Node.fromObject(d.nodes[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Tree message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.Tree
         * @static
         * @param {meshbackup.Tree} m Tree
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Tree.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.nodes = [];
            }
            if (m.nodes && m.nodes.length) {
                d.nodes = $Array(m.nodes.length);
                for (var j = 0; j < m.nodes.length; ++j) {
                    d.nodes[j] = $root.meshbackup.Node.toObject(m.nodes[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this Tree to JSON.
         * @function toJSON
         * @memberof meshbackup.Tree
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Tree.prototype.toJSON = function() {
            return Tree.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Tree
         * @function getTypeUrl
         * @memberof meshbackup.Tree
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Tree.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.Tree";
        };

        return Tree;
    })();

    /**
     * SnapshotType enum.
     * @name meshbackup.SnapshotType
     * @enum {number}
     * @property {number} SNAPSHOT_INCREMENTAL=0 SNAPSHOT_INCREMENTAL value
     * @property {number} SNAPSHOT_DIFFERENTIAL=1 SNAPSHOT_DIFFERENTIAL value
     * @property {number} SNAPSHOT_FULL=2 SNAPSHOT_FULL value
     * @property {number} SNAPSHOT_STDIN=3 SNAPSHOT_STDIN value
     */
    meshbackup.SnapshotType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SNAPSHOT_INCREMENTAL"] = 0;
        values[valuesById[1] = "SNAPSHOT_DIFFERENTIAL"] = 1;
        values[valuesById[2] = "SNAPSHOT_FULL"] = 2;
        values[valuesById[3] = "SNAPSHOT_STDIN"] = 3;
        return values;
    })();

    meshbackup.SnapshotStats = (function() {

        /**
         * Properties of a SnapshotStats.
         * @typedef {Object} meshbackup.SnapshotStats.$Properties
         * @property {number|null} [filesNew] SnapshotStats filesNew
         * @property {number|null} [filesChanged] SnapshotStats filesChanged
         * @property {number|null} [filesUnchanged] SnapshotStats filesUnchanged
         * @property {number|null} [dirs] SnapshotStats dirs
         * @property {number|null} [bytesRead] SnapshotStats bytesRead
         * @property {number|null} [bytesTotal] SnapshotStats bytesTotal
         * @property {number|null} [bytesAdded] SnapshotStats bytesAdded
         * @property {number|null} [bytesStored] SnapshotStats bytesStored
         * @property {number|null} [blobsNew] SnapshotStats blobsNew
         * @property {number|null} [packsNew] SnapshotStats packsNew
         * @property {number|null} [durationMs] SnapshotStats durationMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotStats.
         * @memberof meshbackup
         * @interface ISnapshotStats
         * @augments meshbackup.SnapshotStats.$Properties
         * @deprecated Use meshbackup.SnapshotStats.$Properties instead.
         */

        /**
         * Shape of a SnapshotStats.
         * @typedef {meshbackup.SnapshotStats.$Properties} meshbackup.SnapshotStats.$Shape
         */

        /**
         * Constructs a new SnapshotStats.
         * @memberof meshbackup
         * @classdesc Represents a SnapshotStats.
         * @constructor
         * @param {meshbackup.SnapshotStats.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotStats = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SnapshotStats filesNew.
         * @member {number} filesNew
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.filesNew = 0;

        /**
         * SnapshotStats filesChanged.
         * @member {number} filesChanged
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.filesChanged = 0;

        /**
         * SnapshotStats filesUnchanged.
         * @member {number} filesUnchanged
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.filesUnchanged = 0;

        /**
         * SnapshotStats dirs.
         * @member {number} dirs
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.dirs = 0;

        /**
         * SnapshotStats bytesRead.
         * @member {number} bytesRead
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.bytesRead = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotStats bytesTotal.
         * @member {number} bytesTotal
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotStats bytesAdded.
         * @member {number} bytesAdded
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.bytesAdded = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotStats bytesStored.
         * @member {number} bytesStored
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.bytesStored = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * SnapshotStats blobsNew.
         * @member {number} blobsNew
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.blobsNew = 0;

        /**
         * SnapshotStats packsNew.
         * @member {number} packsNew
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.packsNew = 0;

        /**
         * SnapshotStats durationMs.
         * @member {number} durationMs
         * @memberof meshbackup.SnapshotStats
         * @instance
         */
        SnapshotStats.prototype.durationMs = 0;

        /**
         * Creates a new SnapshotStats instance using the specified properties.
         * @function create
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {meshbackup.SnapshotStats.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SnapshotStats} SnapshotStats instance
         * @type {{
         *   (properties: meshbackup.SnapshotStats.$Shape): meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape;
         *   (properties?: meshbackup.SnapshotStats.$Properties): meshbackup.SnapshotStats;
         * }}
         */
        SnapshotStats.create = function(properties) {
            return new SnapshotStats(properties);
        };

        /**
         * Encodes the specified SnapshotStats message. Does not implicitly {@link meshbackup.SnapshotStats.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {meshbackup.SnapshotStats.$Properties} m SnapshotStats message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotStats.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.filesNew != null && $Object.hasOwnProperty.call(m, "filesNew") && m.filesNew !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.filesNew);
            if (m.filesChanged != null && $Object.hasOwnProperty.call(m, "filesChanged") && m.filesChanged !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.filesChanged);
            if (m.filesUnchanged != null && $Object.hasOwnProperty.call(m, "filesUnchanged") && m.filesUnchanged !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.filesUnchanged);
            if (m.dirs != null && $Object.hasOwnProperty.call(m, "dirs") && m.dirs !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.dirs);
            if (m.bytesRead != null && $Object.hasOwnProperty.call(m, "bytesRead") && (typeof m.bytesRead === "object" ? m.bytesRead.low || m.bytesRead.high : m.bytesRead !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.bytesRead);
            if (m.bytesTotal != null && $Object.hasOwnProperty.call(m, "bytesTotal") && (typeof m.bytesTotal === "object" ? m.bytesTotal.low || m.bytesTotal.high : m.bytesTotal !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.bytesTotal);
            if (m.bytesAdded != null && $Object.hasOwnProperty.call(m, "bytesAdded") && (typeof m.bytesAdded === "object" ? m.bytesAdded.low || m.bytesAdded.high : m.bytesAdded !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.bytesAdded);
            if (m.bytesStored != null && $Object.hasOwnProperty.call(m, "bytesStored") && (typeof m.bytesStored === "object" ? m.bytesStored.low || m.bytesStored.high : m.bytesStored !== 0))
                w.uint32(/* id 8, wireType 0 =*/64).uint64(m.bytesStored);
            if (m.blobsNew != null && $Object.hasOwnProperty.call(m, "blobsNew") && m.blobsNew !== 0)
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.blobsNew);
            if (m.packsNew != null && $Object.hasOwnProperty.call(m, "packsNew") && m.packsNew !== 0)
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.packsNew);
            if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs") && m.durationMs !== 0)
                w.uint32(/* id 11, wireType 0 =*/88).uint32(m.durationMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SnapshotStats message, length delimited. Does not implicitly {@link meshbackup.SnapshotStats.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {meshbackup.SnapshotStats.$Properties} message SnapshotStats message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotStats.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotStats message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape} SnapshotStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotStats.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.SnapshotStats();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.filesNew = v;
                        else
                            delete m.filesNew;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.filesChanged = v;
                        else
                            delete m.filesChanged;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.filesUnchanged = v;
                        else
                            delete m.filesUnchanged;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.dirs = v;
                        else
                            delete m.dirs;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesRead = v;
                        else
                            delete m.bytesRead;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesTotal = v;
                        else
                            delete m.bytesTotal;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesAdded = v;
                        else
                            delete m.bytesAdded;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytesStored = v;
                        else
                            delete m.bytesStored;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.blobsNew = v;
                        else
                            delete m.blobsNew;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.packsNew = v;
                        else
                            delete m.packsNew;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.durationMs = v;
                        else
                            delete m.durationMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a SnapshotStats message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape} SnapshotStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotStats.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotStats message.
         * @function verify
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotStats.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.filesNew != null && $Object.hasOwnProperty.call(m, "filesNew")) {
                if (!$util.isInteger(m.filesNew))
                    return "filesNew: integer expected";
            }
            if (m.filesChanged != null && $Object.hasOwnProperty.call(m, "filesChanged")) {
                if (!$util.isInteger(m.filesChanged))
                    return "filesChanged: integer expected";
            }
            if (m.filesUnchanged != null && $Object.hasOwnProperty.call(m, "filesUnchanged")) {
                if (!$util.isInteger(m.filesUnchanged))
                    return "filesUnchanged: integer expected";
            }
            if (m.dirs != null && $Object.hasOwnProperty.call(m, "dirs")) {
                if (!$util.isInteger(m.dirs))
                    return "dirs: integer expected";
            }
            if (m.bytesRead != null && $Object.hasOwnProperty.call(m, "bytesRead")) {
                if (!$util.isInteger(m.bytesRead) && !(m.bytesRead && $util.isInteger(m.bytesRead.low) && $util.isInteger(m.bytesRead.high)))
                    return "bytesRead: integer|Long expected";
            }
            if (m.bytesTotal != null && $Object.hasOwnProperty.call(m, "bytesTotal")) {
                if (!$util.isInteger(m.bytesTotal) && !(m.bytesTotal && $util.isInteger(m.bytesTotal.low) && $util.isInteger(m.bytesTotal.high)))
                    return "bytesTotal: integer|Long expected";
            }
            if (m.bytesAdded != null && $Object.hasOwnProperty.call(m, "bytesAdded")) {
                if (!$util.isInteger(m.bytesAdded) && !(m.bytesAdded && $util.isInteger(m.bytesAdded.low) && $util.isInteger(m.bytesAdded.high)))
                    return "bytesAdded: integer|Long expected";
            }
            if (m.bytesStored != null && $Object.hasOwnProperty.call(m, "bytesStored")) {
                if (!$util.isInteger(m.bytesStored) && !(m.bytesStored && $util.isInteger(m.bytesStored.low) && $util.isInteger(m.bytesStored.high)))
                    return "bytesStored: integer|Long expected";
            }
            if (m.blobsNew != null && $Object.hasOwnProperty.call(m, "blobsNew")) {
                if (!$util.isInteger(m.blobsNew))
                    return "blobsNew: integer expected";
            }
            if (m.packsNew != null && $Object.hasOwnProperty.call(m, "packsNew")) {
                if (!$util.isInteger(m.packsNew))
                    return "packsNew: integer expected";
            }
            if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs")) {
                if (!$util.isInteger(m.durationMs))
                    return "durationMs: integer expected";
            }
            return null;
        };

        /**
         * Creates a SnapshotStats message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.SnapshotStats} SnapshotStats
         */
        SnapshotStats.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.SnapshotStats)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.SnapshotStats: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.SnapshotStats();
            if (d.filesNew != null) {
                if ($Number(d.filesNew) !== 0) {
                    m.filesNew = d.filesNew >>> 0;
                }
            }
            if (d.filesChanged != null) {
                if ($Number(d.filesChanged) !== 0) {
                    m.filesChanged = d.filesChanged >>> 0;
                }
            }
            if (d.filesUnchanged != null) {
                if ($Number(d.filesUnchanged) !== 0) {
                    m.filesUnchanged = d.filesUnchanged >>> 0;
                }
            }
            if (d.dirs != null) {
                if ($Number(d.dirs) !== 0) {
                    m.dirs = d.dirs >>> 0;
                }
            }
            if (d.bytesRead != null) {
                if (typeof d.bytesRead === "object" ? d.bytesRead.low || d.bytesRead.high : $Number(d.bytesRead) !== 0) {
                    if ($util.Long)
                        m.bytesRead = $util.Long.fromValue(d.bytesRead, true);
                    else if (typeof d.bytesRead === "string")
                        m.bytesRead = $parseInt(d.bytesRead, 10);
                    else if (typeof d.bytesRead === "number")
                        m.bytesRead = d.bytesRead;
                    else if (typeof d.bytesRead === "object")
                        m.bytesRead = new $util.LongBits(d.bytesRead.low >>> 0, d.bytesRead.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesTotal != null) {
                if (typeof d.bytesTotal === "object" ? d.bytesTotal.low || d.bytesTotal.high : $Number(d.bytesTotal) !== 0) {
                    if ($util.Long)
                        m.bytesTotal = $util.Long.fromValue(d.bytesTotal, true);
                    else if (typeof d.bytesTotal === "string")
                        m.bytesTotal = $parseInt(d.bytesTotal, 10);
                    else if (typeof d.bytesTotal === "number")
                        m.bytesTotal = d.bytesTotal;
                    else if (typeof d.bytesTotal === "object")
                        m.bytesTotal = new $util.LongBits(d.bytesTotal.low >>> 0, d.bytesTotal.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesAdded != null) {
                if (typeof d.bytesAdded === "object" ? d.bytesAdded.low || d.bytesAdded.high : $Number(d.bytesAdded) !== 0) {
                    if ($util.Long)
                        m.bytesAdded = $util.Long.fromValue(d.bytesAdded, true);
                    else if (typeof d.bytesAdded === "string")
                        m.bytesAdded = $parseInt(d.bytesAdded, 10);
                    else if (typeof d.bytesAdded === "number")
                        m.bytesAdded = d.bytesAdded;
                    else if (typeof d.bytesAdded === "object")
                        m.bytesAdded = new $util.LongBits(d.bytesAdded.low >>> 0, d.bytesAdded.high >>> 0).toNumber(true);
                }
            }
            if (d.bytesStored != null) {
                if (typeof d.bytesStored === "object" ? d.bytesStored.low || d.bytesStored.high : $Number(d.bytesStored) !== 0) {
                    if ($util.Long)
                        m.bytesStored = $util.Long.fromValue(d.bytesStored, true);
                    else if (typeof d.bytesStored === "string")
                        m.bytesStored = $parseInt(d.bytesStored, 10);
                    else if (typeof d.bytesStored === "number")
                        m.bytesStored = d.bytesStored;
                    else if (typeof d.bytesStored === "object")
                        m.bytesStored = new $util.LongBits(d.bytesStored.low >>> 0, d.bytesStored.high >>> 0).toNumber(true);
                }
            }
            if (d.blobsNew != null) {
                if ($Number(d.blobsNew) !== 0) {
                    m.blobsNew = d.blobsNew >>> 0;
                }
            }
            if (d.packsNew != null) {
                if ($Number(d.packsNew) !== 0) {
                    m.packsNew = d.packsNew >>> 0;
                }
            }
            if (d.durationMs != null) {
                if ($Number(d.durationMs) !== 0) {
                    m.durationMs = d.durationMs >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SnapshotStats message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {meshbackup.SnapshotStats} m SnapshotStats
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotStats.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.filesNew = 0;
                d.filesChanged = 0;
                d.filesUnchanged = 0;
                d.dirs = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesRead = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesRead = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesTotal = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesTotal = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesAdded = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesAdded = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytesStored = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytesStored = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.blobsNew = 0;
                d.packsNew = 0;
                d.durationMs = 0;
            }
            if (m.filesNew != null && $Object.hasOwnProperty.call(m, "filesNew")) {
                d.filesNew = m.filesNew;
            }
            if (m.filesChanged != null && $Object.hasOwnProperty.call(m, "filesChanged")) {
                d.filesChanged = m.filesChanged;
            }
            if (m.filesUnchanged != null && $Object.hasOwnProperty.call(m, "filesUnchanged")) {
                d.filesUnchanged = m.filesUnchanged;
            }
            if (m.dirs != null && $Object.hasOwnProperty.call(m, "dirs")) {
                d.dirs = m.dirs;
            }
            if (m.bytesRead != null && $Object.hasOwnProperty.call(m, "bytesRead")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesRead = typeof m.bytesRead === "number" ? $BigInt(m.bytesRead) : $util.Long.fromBits(m.bytesRead.low >>> 0, m.bytesRead.high >>> 0, true).toBigInt();
                else if (typeof m.bytesRead === "number")
                    d.bytesRead = o.longs === $String ? $String(m.bytesRead) : m.bytesRead;
                else
                    d.bytesRead = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesRead) : o.longs === $Number ? new $util.LongBits(m.bytesRead.low >>> 0, m.bytesRead.high >>> 0).toNumber(true) : m.bytesRead;
            }
            if (m.bytesTotal != null && $Object.hasOwnProperty.call(m, "bytesTotal")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesTotal = typeof m.bytesTotal === "number" ? $BigInt(m.bytesTotal) : $util.Long.fromBits(m.bytesTotal.low >>> 0, m.bytesTotal.high >>> 0, true).toBigInt();
                else if (typeof m.bytesTotal === "number")
                    d.bytesTotal = o.longs === $String ? $String(m.bytesTotal) : m.bytesTotal;
                else
                    d.bytesTotal = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesTotal) : o.longs === $Number ? new $util.LongBits(m.bytesTotal.low >>> 0, m.bytesTotal.high >>> 0).toNumber(true) : m.bytesTotal;
            }
            if (m.bytesAdded != null && $Object.hasOwnProperty.call(m, "bytesAdded")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesAdded = typeof m.bytesAdded === "number" ? $BigInt(m.bytesAdded) : $util.Long.fromBits(m.bytesAdded.low >>> 0, m.bytesAdded.high >>> 0, true).toBigInt();
                else if (typeof m.bytesAdded === "number")
                    d.bytesAdded = o.longs === $String ? $String(m.bytesAdded) : m.bytesAdded;
                else
                    d.bytesAdded = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesAdded) : o.longs === $Number ? new $util.LongBits(m.bytesAdded.low >>> 0, m.bytesAdded.high >>> 0).toNumber(true) : m.bytesAdded;
            }
            if (m.bytesStored != null && $Object.hasOwnProperty.call(m, "bytesStored")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytesStored = typeof m.bytesStored === "number" ? $BigInt(m.bytesStored) : $util.Long.fromBits(m.bytesStored.low >>> 0, m.bytesStored.high >>> 0, true).toBigInt();
                else if (typeof m.bytesStored === "number")
                    d.bytesStored = o.longs === $String ? $String(m.bytesStored) : m.bytesStored;
                else
                    d.bytesStored = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesStored) : o.longs === $Number ? new $util.LongBits(m.bytesStored.low >>> 0, m.bytesStored.high >>> 0).toNumber(true) : m.bytesStored;
            }
            if (m.blobsNew != null && $Object.hasOwnProperty.call(m, "blobsNew")) {
                d.blobsNew = m.blobsNew;
            }
            if (m.packsNew != null && $Object.hasOwnProperty.call(m, "packsNew")) {
                d.packsNew = m.packsNew;
            }
            if (m.durationMs != null && $Object.hasOwnProperty.call(m, "durationMs")) {
                d.durationMs = m.durationMs;
            }
            return d;
        };

        /**
         * Converts this SnapshotStats to JSON.
         * @function toJSON
         * @memberof meshbackup.SnapshotStats
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotStats.prototype.toJSON = function() {
            return SnapshotStats.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotStats
         * @function getTypeUrl
         * @memberof meshbackup.SnapshotStats
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotStats.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.SnapshotStats";
        };

        return SnapshotStats;
    })();

    meshbackup.Snapshot = (function() {

        /**
         * Properties of a Snapshot.
         * @typedef {Object} meshbackup.Snapshot.$Properties
         * @property {number|null} [timeMs] Snapshot timeMs
         * @property {string|null} [host] Snapshot host
         * @property {string|null} [username] Snapshot username
         * @property {Array.<string>|null} [paths] Snapshot paths
         * @property {Array.<string>|null} [tags] Snapshot tags
         * @property {Uint8Array|null} [parent] Snapshot parent
         * @property {meshbackup.SnapshotType|null} [type] Snapshot type
         * @property {Uint8Array|null} [tree] Snapshot tree
         * @property {meshbackup.SnapshotStats.$Properties|null} [stats] Snapshot stats
         * @property {boolean|null} [degraded] Snapshot degraded
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Snapshot.
         * @memberof meshbackup
         * @interface ISnapshot
         * @augments meshbackup.Snapshot.$Properties
         * @deprecated Use meshbackup.Snapshot.$Properties instead.
         */

        /**
         * Shape of a Snapshot.
         * @typedef {meshbackup.Snapshot.$Properties} meshbackup.Snapshot.$Shape
         */

        /**
         * Constructs a new Snapshot.
         * @memberof meshbackup
         * @classdesc Represents a Snapshot.
         * @constructor
         * @param {meshbackup.Snapshot.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Snapshot = function (p) {
            this.paths = [];
            this.tags = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Snapshot timeMs.
         * @member {number} timeMs
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Snapshot host.
         * @member {string} host
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.host = "";

        /**
         * Snapshot username.
         * @member {string} username
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.username = "";

        /**
         * Snapshot paths.
         * @member {Array.<string>} paths
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.paths = $util.emptyArray;

        /**
         * Snapshot tags.
         * @member {Array.<string>} tags
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.tags = $util.emptyArray;

        /**
         * Snapshot parent.
         * @member {Uint8Array} parent
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.parent = $util.newBuffer([]);

        /**
         * Snapshot type.
         * @member {meshbackup.SnapshotType} type
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.type = 0;

        /**
         * Snapshot tree.
         * @member {Uint8Array} tree
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.tree = $util.newBuffer([]);

        /**
         * Snapshot stats.
         * @member {meshbackup.SnapshotStats.$Properties|null|undefined} stats
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.stats = null;

        /**
         * Snapshot degraded.
         * @member {boolean} degraded
         * @memberof meshbackup.Snapshot
         * @instance
         */
        Snapshot.prototype.degraded = false;

        /**
         * Creates a new Snapshot instance using the specified properties.
         * @function create
         * @memberof meshbackup.Snapshot
         * @static
         * @param {meshbackup.Snapshot.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Snapshot} Snapshot instance
         * @type {{
         *   (properties: meshbackup.Snapshot.$Shape): meshbackup.Snapshot & meshbackup.Snapshot.$Shape;
         *   (properties?: meshbackup.Snapshot.$Properties): meshbackup.Snapshot;
         * }}
         */
        Snapshot.create = function(properties) {
            return new Snapshot(properties);
        };

        /**
         * Encodes the specified Snapshot message. Does not implicitly {@link meshbackup.Snapshot.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Snapshot
         * @static
         * @param {meshbackup.Snapshot.$Properties} m Snapshot message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Snapshot.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
            if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.host);
            if (m.username != null && $Object.hasOwnProperty.call(m, "username") && m.username !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.username);
            if (m.paths != null && m.paths.length) {
                for (var i = 0; i < m.paths.length; ++i)
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.paths[i]);
            }
            if (m.tags != null && m.tags.length) {
                for (var i = 0; i < m.tags.length; ++i)
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.tags[i]);
            }
            if (m.parent != null && $Object.hasOwnProperty.call(m, "parent") && m.parent.length)
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.parent);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).int32(m.type);
            if (m.tree != null && $Object.hasOwnProperty.call(m, "tree") && m.tree.length)
                w.uint32(/* id 8, wireType 2 =*/66).bytes(m.tree);
            if (m.stats != null && $Object.hasOwnProperty.call(m, "stats"))
                $root.meshbackup.SnapshotStats.encode(m.stats, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded") && m.degraded !== false)
                w.uint32(/* id 10, wireType 0 =*/80).bool(m.degraded);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link meshbackup.Snapshot.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.Snapshot
         * @static
         * @param {meshbackup.Snapshot.$Properties} message Snapshot message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Snapshot.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Snapshot message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Snapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.Snapshot & meshbackup.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Snapshot.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.Snapshot();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.host = v;
                        else
                            delete m.host;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.username = v;
                        else
                            delete m.username;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.paths && m.paths.length))
                            m.paths = [];
                        m.paths.push(r.stringVerify());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.tags && m.tags.length))
                            m.tags = [];
                        m.tags.push(r.stringVerify());
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.parent = v;
                        else
                            delete m.parent;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.tree = v;
                        else
                            delete m.tree;
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.stats = $root.meshbackup.SnapshotStats.decode(r, r.size(), $undefined, q + 1, m.stats);
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.degraded = v;
                        else
                            delete m.degraded;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Snapshot message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.Snapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.Snapshot & meshbackup.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Snapshot.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Snapshot message.
         * @function verify
         * @memberof meshbackup.Snapshot
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Snapshot.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                if (!$util.isString(m.host))
                    return "host: string expected";
            }
            if (m.username != null && $Object.hasOwnProperty.call(m, "username")) {
                if (!$util.isString(m.username))
                    return "username: string expected";
            }
            if (m.paths != null && $Object.hasOwnProperty.call(m, "paths")) {
                if (!$Array.isArray(m.paths))
                    return "paths: array expected";
                for (var i = 0; i < m.paths.length; ++i) {
                    if (!$util.isString(m.paths[i]))
                        return "paths: string[] expected";
                }
            }
            if (m.tags != null && $Object.hasOwnProperty.call(m, "tags")) {
                if (!$Array.isArray(m.tags))
                    return "tags: array expected";
                for (var i = 0; i < m.tags.length; ++i) {
                    if (!$util.isString(m.tags[i]))
                        return "tags: string[] expected";
                }
            }
            if (m.parent != null && $Object.hasOwnProperty.call(m, "parent")) {
                if (!(m.parent && typeof m.parent.length === "number" || $util.isString(m.parent)))
                    return "parent: buffer expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                    return "type: enum value expected";
            }
            if (m.tree != null && $Object.hasOwnProperty.call(m, "tree")) {
                if (!(m.tree && typeof m.tree.length === "number" || $util.isString(m.tree)))
                    return "tree: buffer expected";
            }
            if (m.stats != null && $Object.hasOwnProperty.call(m, "stats")) {
                {
                    var e = $root.meshbackup.SnapshotStats.verify(m.stats, q + 1);
                    if (e)
                        return "stats." + e;
                }
            }
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded")) {
                if (typeof m.degraded !== "boolean")
                    return "degraded: boolean expected";
            }
            return null;
        };

        /**
         * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.Snapshot
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.Snapshot} Snapshot
         */
        Snapshot.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.Snapshot)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.Snapshot: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.Snapshot();
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, false);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                }
            }
            if (d.host != null) {
                if (typeof d.host !== "string" || d.host.length) {
                    m.host = $String(d.host);
                }
            }
            if (d.username != null) {
                if (typeof d.username !== "string" || d.username.length) {
                    m.username = $String(d.username);
                }
            }
            if (d.paths) {
                if (!$Array.isArray(d.paths))
                    throw $TypeError(".meshbackup.Snapshot.paths: array expected");
                m.paths = $Array(d.paths.length);
                for (var i = 0; i < d.paths.length; ++i) {
                    m.paths[i] = $String(d.paths[i]);
                }
            }
            if (d.tags) {
                if (!$Array.isArray(d.tags))
                    throw $TypeError(".meshbackup.Snapshot.tags: array expected");
                m.tags = $Array(d.tags.length);
                for (var i = 0; i < d.tags.length; ++i) {
                    m.tags[i] = $String(d.tags[i]);
                }
            }
            if (d.parent != null) {
                if (d.parent.length) {
                    if (typeof d.parent === "string")
                        $util.base64.decode(d.parent, m.parent = $util.newBuffer($util.base64.length(d.parent)), 0);
                    else if (d.parent.length >= 0)
                        m.parent = d.parent;
                }
            }
            if (d.type !== 0 && (typeof d.type !== "string" || $root.meshbackup.SnapshotType[d.type] !== 0)) {
                switch (d.type) {
                case "SNAPSHOT_INCREMENTAL":
                case 0:
                    m.type = 0;
                    break;
                case "SNAPSHOT_DIFFERENTIAL":
                case 1:
                    m.type = 1;
                    break;
                case "SNAPSHOT_FULL":
                case 2:
                    m.type = 2;
                    break;
                case "SNAPSHOT_STDIN":
                case 3:
                    m.type = 3;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.tree != null) {
                if (d.tree.length) {
                    if (typeof d.tree === "string")
                        $util.base64.decode(d.tree, m.tree = $util.newBuffer($util.base64.length(d.tree)), 0);
                    else if (d.tree.length >= 0)
                        m.tree = d.tree;
                }
            }
            if (d.stats != null) {
                if (!$util.isObject(d.stats))
                    throw $TypeError(".meshbackup.Snapshot.stats: object expected");
                m.stats = $root.meshbackup.SnapshotStats.fromObject(d.stats, q + 1);
            }
            if (d.degraded != null) {
                if (d.degraded) {
                    m.degraded = $Boolean(d.degraded);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.Snapshot
         * @static
         * @param {meshbackup.Snapshot} m Snapshot
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Snapshot.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.paths = [];
                d.tags = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.host = "";
                d.username = "";
                if (o.bytes === $String)
                    d.parent = "";
                else {
                    d.parent = [];
                    if (o.bytes !== $Array)
                        d.parent = $util.newBuffer(d.parent);
                }
                d.type = o.enums === $String ? "SNAPSHOT_INCREMENTAL" : 0;
                if (o.bytes === $String)
                    d.tree = "";
                else {
                    d.tree = [];
                    if (o.bytes !== $Array)
                        d.tree = $util.newBuffer(d.tree);
                }
                d.stats = null;
                d.degraded = false;
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                d.host = m.host;
            }
            if (m.username != null && $Object.hasOwnProperty.call(m, "username")) {
                d.username = m.username;
            }
            if (m.paths && m.paths.length) {
                d.paths = $Array(m.paths.length);
                for (var j = 0; j < m.paths.length; ++j) {
                    d.paths[j] = m.paths[j];
                }
            }
            if (m.tags && m.tags.length) {
                d.tags = $Array(m.tags.length);
                for (var j = 0; j < m.tags.length; ++j) {
                    d.tags[j] = m.tags[j];
                }
            }
            if (m.parent != null && $Object.hasOwnProperty.call(m, "parent")) {
                d.parent = o.bytes === $String ? $util.base64.encode(m.parent, 0, m.parent.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.parent) : m.parent;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.meshbackup.SnapshotType[m.type] === $undefined ? m.type : $root.meshbackup.SnapshotType[m.type] : m.type;
            }
            if (m.tree != null && $Object.hasOwnProperty.call(m, "tree")) {
                d.tree = o.bytes === $String ? $util.base64.encode(m.tree, 0, m.tree.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tree) : m.tree;
            }
            if (m.stats != null && $Object.hasOwnProperty.call(m, "stats")) {
                d.stats = $root.meshbackup.SnapshotStats.toObject(m.stats, o, q + 1);
            }
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded")) {
                d.degraded = m.degraded;
            }
            return d;
        };

        /**
         * Converts this Snapshot to JSON.
         * @function toJSON
         * @memberof meshbackup.Snapshot
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Snapshot.prototype.toJSON = function() {
            return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Snapshot
         * @function getTypeUrl
         * @memberof meshbackup.Snapshot
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Snapshot.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.Snapshot";
        };

        return Snapshot;
    })();

    meshbackup.ShardLocation = (function() {

        /**
         * Properties of a ShardLocation.
         * @typedef {Object} meshbackup.ShardLocation.$Properties
         * @property {number|null} [index] ShardLocation index
         * @property {string|null} [store] ShardLocation store
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardLocation.
         * @memberof meshbackup
         * @interface IShardLocation
         * @augments meshbackup.ShardLocation.$Properties
         * @deprecated Use meshbackup.ShardLocation.$Properties instead.
         */

        /**
         * Shape of a ShardLocation.
         * @typedef {meshbackup.ShardLocation.$Properties} meshbackup.ShardLocation.$Shape
         */

        /**
         * Constructs a new ShardLocation.
         * @memberof meshbackup
         * @classdesc Represents a ShardLocation.
         * @constructor
         * @param {meshbackup.ShardLocation.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardLocation = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardLocation index.
         * @member {number} index
         * @memberof meshbackup.ShardLocation
         * @instance
         */
        ShardLocation.prototype.index = 0;

        /**
         * ShardLocation store.
         * @member {string} store
         * @memberof meshbackup.ShardLocation
         * @instance
         */
        ShardLocation.prototype.store = "";

        /**
         * Creates a new ShardLocation instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {meshbackup.ShardLocation.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardLocation} ShardLocation instance
         * @type {{
         *   (properties: meshbackup.ShardLocation.$Shape): meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape;
         *   (properties?: meshbackup.ShardLocation.$Properties): meshbackup.ShardLocation;
         * }}
         */
        ShardLocation.create = function(properties) {
            return new ShardLocation(properties);
        };

        /**
         * Encodes the specified ShardLocation message. Does not implicitly {@link meshbackup.ShardLocation.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {meshbackup.ShardLocation.$Properties} m ShardLocation message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardLocation.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.index);
            if (m.store != null && $Object.hasOwnProperty.call(m, "store") && m.store !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.store);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardLocation message, length delimited. Does not implicitly {@link meshbackup.ShardLocation.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {meshbackup.ShardLocation.$Properties} message ShardLocation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardLocation.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardLocation message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape} ShardLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardLocation.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardLocation();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.store = v;
                        else
                            delete m.store;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardLocation message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape} ShardLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardLocation.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardLocation message.
         * @function verify
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardLocation.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            if (m.store != null && $Object.hasOwnProperty.call(m, "store")) {
                if (!$util.isString(m.store))
                    return "store: string expected";
            }
            return null;
        };

        /**
         * Creates a ShardLocation message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardLocation} ShardLocation
         */
        ShardLocation.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardLocation)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardLocation: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardLocation();
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            if (d.store != null) {
                if (typeof d.store !== "string" || d.store.length) {
                    m.store = $String(d.store);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardLocation message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {meshbackup.ShardLocation} m ShardLocation
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardLocation.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.index = 0;
                d.store = "";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            if (m.store != null && $Object.hasOwnProperty.call(m, "store")) {
                d.store = m.store;
            }
            return d;
        };

        /**
         * Converts this ShardLocation to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardLocation
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardLocation.prototype.toJSON = function() {
            return ShardLocation.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardLocation
         * @function getTypeUrl
         * @memberof meshbackup.ShardLocation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardLocation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardLocation";
        };

        return ShardLocation;
    })();

    meshbackup.PackRecord = (function() {

        /**
         * Properties of a PackRecord.
         * @typedef {Object} meshbackup.PackRecord.$Properties
         * @property {Uint8Array|null} [id] PackRecord id
         * @property {number|null} [length] PackRecord length
         * @property {number|null} [k] PackRecord k
         * @property {number|null} [m] PackRecord m
         * @property {number|null} [shardLength] PackRecord shardLength
         * @property {Array.<Uint8Array>|null} [shardHashes] PackRecord shardHashes
         * @property {Array.<meshbackup.ShardLocation.$Properties>|null} [locations] PackRecord locations
         * @property {number|null} [blobCount] PackRecord blobCount
         * @property {number|null} [createdMs] PackRecord createdMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PackRecord.
         * @memberof meshbackup
         * @interface IPackRecord
         * @augments meshbackup.PackRecord.$Properties
         * @deprecated Use meshbackup.PackRecord.$Properties instead.
         */

        /**
         * Shape of a PackRecord.
         * @typedef {meshbackup.PackRecord.$Properties} meshbackup.PackRecord.$Shape
         */

        /**
         * Constructs a new PackRecord.
         * @memberof meshbackup
         * @classdesc Represents a PackRecord.
         * @constructor
         * @param {meshbackup.PackRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PackRecord = function (p) {
            this.shardHashes = [];
            this.locations = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PackRecord id.
         * @member {Uint8Array} id
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.id = $util.newBuffer([]);

        /**
         * PackRecord length.
         * @member {number} length
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PackRecord k.
         * @member {number} k
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.k = 0;

        /**
         * PackRecord m.
         * @member {number} m
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.m = 0;

        /**
         * PackRecord shardLength.
         * @member {number} shardLength
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.shardLength = 0;

        /**
         * PackRecord shardHashes.
         * @member {Array.<Uint8Array>} shardHashes
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.shardHashes = $util.emptyArray;

        /**
         * PackRecord locations.
         * @member {Array.<meshbackup.ShardLocation.$Properties>} locations
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.locations = $util.emptyArray;

        /**
         * PackRecord blobCount.
         * @member {number} blobCount
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.blobCount = 0;

        /**
         * PackRecord createdMs.
         * @member {number} createdMs
         * @memberof meshbackup.PackRecord
         * @instance
         */
        PackRecord.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PackRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.PackRecord
         * @static
         * @param {meshbackup.PackRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PackRecord} PackRecord instance
         * @type {{
         *   (properties: meshbackup.PackRecord.$Shape): meshbackup.PackRecord & meshbackup.PackRecord.$Shape;
         *   (properties?: meshbackup.PackRecord.$Properties): meshbackup.PackRecord;
         * }}
         */
        PackRecord.create = function(properties) {
            return new PackRecord(properties);
        };

        /**
         * Encodes the specified PackRecord message. Does not implicitly {@link meshbackup.PackRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PackRecord
         * @static
         * @param {meshbackup.PackRecord.$Properties} m PackRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.id);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && (typeof m.length === "object" ? m.length.low || m.length.high : m.length !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.length);
            if (m.k != null && $Object.hasOwnProperty.call(m, "k") && m.k !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.k);
            if (m.m != null && $Object.hasOwnProperty.call(m, "m") && m.m !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.m);
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength") && m.shardLength !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.shardLength);
            if (m.shardHashes != null && m.shardHashes.length) {
                for (var i = 0; i < m.shardHashes.length; ++i)
                    w.uint32(/* id 6, wireType 2 =*/50).bytes(m.shardHashes[i]);
            }
            if (m.locations != null && m.locations.length) {
                for (var i = 0; i < m.locations.length; ++i)
                    $root.meshbackup.ShardLocation.encode(m.locations[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            }
            if (m.blobCount != null && $Object.hasOwnProperty.call(m, "blobCount") && m.blobCount !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.blobCount);
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).int64(m.createdMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PackRecord message, length delimited. Does not implicitly {@link meshbackup.PackRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.PackRecord
         * @static
         * @param {meshbackup.PackRecord.$Properties} message PackRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PackRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PackRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PackRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.PackRecord & meshbackup.PackRecord.$Shape} PackRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.PackRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.k = v;
                        else
                            delete m.k;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.m = v;
                        else
                            delete m.m;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.shardLength = v;
                        else
                            delete m.shardLength;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if (!(m.shardHashes && m.shardHashes.length))
                            m.shardHashes = [];
                        m.shardHashes.push(r.bytes());
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.locations && m.locations.length))
                            m.locations = [];
                        m.locations.push($root.meshbackup.ShardLocation.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.blobCount = v;
                        else
                            delete m.blobCount;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdMs = v;
                        else
                            delete m.createdMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PackRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.PackRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.PackRecord & meshbackup.PackRecord.$Shape} PackRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PackRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PackRecord message.
         * @function verify
         * @memberof meshbackup.PackRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PackRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!(m.id && typeof m.id.length === "number" || $util.isString(m.id)))
                    return "id: buffer expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length) && !(m.length && $util.isInteger(m.length.low) && $util.isInteger(m.length.high)))
                    return "length: integer|Long expected";
            }
            if (m.k != null && $Object.hasOwnProperty.call(m, "k")) {
                if (!$util.isInteger(m.k))
                    return "k: integer expected";
            }
            if (m.m != null && $Object.hasOwnProperty.call(m, "m")) {
                if (!$util.isInteger(m.m))
                    return "m: integer expected";
            }
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength")) {
                if (!$util.isInteger(m.shardLength))
                    return "shardLength: integer expected";
            }
            if (m.shardHashes != null && $Object.hasOwnProperty.call(m, "shardHashes")) {
                if (!$Array.isArray(m.shardHashes))
                    return "shardHashes: array expected";
                for (var i = 0; i < m.shardHashes.length; ++i) {
                    if (!(m.shardHashes[i] && typeof m.shardHashes[i].length === "number" || $util.isString(m.shardHashes[i])))
                        return "shardHashes: buffer[] expected";
                }
            }
            if (m.locations != null && $Object.hasOwnProperty.call(m, "locations")) {
                if (!$Array.isArray(m.locations))
                    return "locations: array expected";
                for (var i = 0; i < m.locations.length; ++i) {
                    {
                        var e = $root.meshbackup.ShardLocation.verify(m.locations[i], q + 1);
                        if (e)
                            return "locations." + e;
                    }
                }
            }
            if (m.blobCount != null && $Object.hasOwnProperty.call(m, "blobCount")) {
                if (!$util.isInteger(m.blobCount))
                    return "blobCount: integer expected";
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                    return "createdMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a PackRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.PackRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.PackRecord} PackRecord
         */
        PackRecord.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.PackRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.PackRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.PackRecord();
            if (d.id != null) {
                if (d.id.length) {
                    if (typeof d.id === "string")
                        $util.base64.decode(d.id, m.id = $util.newBuffer($util.base64.length(d.id)), 0);
                    else if (d.id.length >= 0)
                        m.id = d.id;
                }
            }
            if (d.length != null) {
                if (typeof d.length === "object" ? d.length.low || d.length.high : $Number(d.length) !== 0) {
                    if ($util.Long)
                        m.length = $util.Long.fromValue(d.length, true);
                    else if (typeof d.length === "string")
                        m.length = $parseInt(d.length, 10);
                    else if (typeof d.length === "number")
                        m.length = d.length;
                    else if (typeof d.length === "object")
                        m.length = new $util.LongBits(d.length.low >>> 0, d.length.high >>> 0).toNumber(true);
                }
            }
            if (d.k != null) {
                if ($Number(d.k) !== 0) {
                    m.k = d.k >>> 0;
                }
            }
            if (d.m != null) {
                if ($Number(d.m) !== 0) {
                    m.m = d.m >>> 0;
                }
            }
            if (d.shardLength != null) {
                if ($Number(d.shardLength) !== 0) {
                    m.shardLength = d.shardLength >>> 0;
                }
            }
            if (d.shardHashes) {
                if (!$Array.isArray(d.shardHashes))
                    throw $TypeError(".meshbackup.PackRecord.shardHashes: array expected");
                m.shardHashes = $Array(d.shardHashes.length);
                for (var i = 0; i < d.shardHashes.length; ++i) {
                    if (typeof d.shardHashes[i] === "string")
                        $util.base64.decode(d.shardHashes[i], m.shardHashes[i] = $util.newBuffer($util.base64.length(d.shardHashes[i])), 0);
                    else if (d.shardHashes[i].length >= 0)
                        m.shardHashes[i] = d.shardHashes[i];
                }
            }
            if (d.locations) {
                if (!$Array.isArray(d.locations))
                    throw $TypeError(".meshbackup.PackRecord.locations: array expected");
                m.locations = $Array(d.locations.length);
                for (var i = 0; i < d.locations.length; ++i) {
                    if (!$util.isObject(d.locations[i]))
                        throw $TypeError(".meshbackup.PackRecord.locations: object expected");
                    m.locations[i] = $root.meshbackup.ShardLocation.fromObject(d.locations[i], q + 1);
                }
            }
            if (d.blobCount != null) {
                if ($Number(d.blobCount) !== 0) {
                    m.blobCount = d.blobCount >>> 0;
                }
            }
            if (d.createdMs != null) {
                if (typeof d.createdMs === "object" ? d.createdMs.low || d.createdMs.high : $Number(d.createdMs) !== 0) {
                    if ($util.Long)
                        m.createdMs = $util.Long.fromValue(d.createdMs, false);
                    else if (typeof d.createdMs === "string")
                        m.createdMs = $parseInt(d.createdMs, 10);
                    else if (typeof d.createdMs === "number")
                        m.createdMs = d.createdMs;
                    else if (typeof d.createdMs === "object")
                        m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PackRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.PackRecord
         * @static
         * @param {meshbackup.PackRecord} m PackRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PackRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.shardHashes = [];
                d.locations = [];
            }
            if (o.defaults) {
                if (o.bytes === $String)
                    d.id = "";
                else {
                    d.id = [];
                    if (o.bytes !== $Array)
                        d.id = $util.newBuffer(d.id);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.length = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.length = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.k = 0;
                d.m = 0;
                d.shardLength = 0;
                d.blobCount = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = o.bytes === $String ? $util.base64.encode(m.id, 0, m.id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.id) : m.id;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.length = typeof m.length === "number" ? $BigInt(m.length) : $util.Long.fromBits(m.length.low >>> 0, m.length.high >>> 0, true).toBigInt();
                else if (typeof m.length === "number")
                    d.length = o.longs === $String ? $String(m.length) : m.length;
                else
                    d.length = o.longs === $String ? $util.Long.prototype.toString.call(m.length) : o.longs === $Number ? new $util.LongBits(m.length.low >>> 0, m.length.high >>> 0).toNumber(true) : m.length;
            }
            if (m.k != null && $Object.hasOwnProperty.call(m, "k")) {
                d.k = m.k;
            }
            if (m.m != null && $Object.hasOwnProperty.call(m, "m")) {
                d.m = m.m;
            }
            if (m.shardLength != null && $Object.hasOwnProperty.call(m, "shardLength")) {
                d.shardLength = m.shardLength;
            }
            if (m.shardHashes && m.shardHashes.length) {
                d.shardHashes = $Array(m.shardHashes.length);
                for (var j = 0; j < m.shardHashes.length; ++j) {
                    d.shardHashes[j] = o.bytes === $String ? $util.base64.encode(m.shardHashes[j], 0, m.shardHashes[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.shardHashes[j]) : m.shardHashes[j];
                }
            }
            if (m.locations && m.locations.length) {
                d.locations = $Array(m.locations.length);
                for (var j = 0; j < m.locations.length; ++j) {
                    d.locations[j] = $root.meshbackup.ShardLocation.toObject(m.locations[j], o, q + 1);
                }
            }
            if (m.blobCount != null && $Object.hasOwnProperty.call(m, "blobCount")) {
                d.blobCount = m.blobCount;
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                else if (typeof m.createdMs === "number")
                    d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                else
                    d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
            }
            return d;
        };

        /**
         * Converts this PackRecord to JSON.
         * @function toJSON
         * @memberof meshbackup.PackRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PackRecord.prototype.toJSON = function() {
            return PackRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PackRecord
         * @function getTypeUrl
         * @memberof meshbackup.PackRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PackRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.PackRecord";
        };

        return PackRecord;
    })();

    meshbackup.BlobRecord = (function() {

        /**
         * Properties of a BlobRecord.
         * @typedef {Object} meshbackup.BlobRecord.$Properties
         * @property {Uint8Array|null} [id] BlobRecord id
         * @property {meshbackup.BlobType|null} [type] BlobRecord type
         * @property {Uint8Array|null} [packId] BlobRecord packId
         * @property {number|null} [offset] BlobRecord offset
         * @property {number|null} [length] BlobRecord length
         * @property {number|null} [rawLength] BlobRecord rawLength
         * @property {meshbackup.Compression|null} [compression] BlobRecord compression
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlobRecord.
         * @memberof meshbackup
         * @interface IBlobRecord
         * @augments meshbackup.BlobRecord.$Properties
         * @deprecated Use meshbackup.BlobRecord.$Properties instead.
         */

        /**
         * Shape of a BlobRecord.
         * @typedef {meshbackup.BlobRecord.$Properties} meshbackup.BlobRecord.$Shape
         */

        /**
         * Constructs a new BlobRecord.
         * @memberof meshbackup
         * @classdesc Represents a BlobRecord.
         * @constructor
         * @param {meshbackup.BlobRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlobRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlobRecord id.
         * @member {Uint8Array} id
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.id = $util.newBuffer([]);

        /**
         * BlobRecord type.
         * @member {meshbackup.BlobType} type
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.type = 0;

        /**
         * BlobRecord packId.
         * @member {Uint8Array} packId
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.packId = $util.newBuffer([]);

        /**
         * BlobRecord offset.
         * @member {number} offset
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.offset = 0;

        /**
         * BlobRecord length.
         * @member {number} length
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.length = 0;

        /**
         * BlobRecord rawLength.
         * @member {number} rawLength
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.rawLength = 0;

        /**
         * BlobRecord compression.
         * @member {meshbackup.Compression} compression
         * @memberof meshbackup.BlobRecord
         * @instance
         */
        BlobRecord.prototype.compression = 0;

        /**
         * Creates a new BlobRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {meshbackup.BlobRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.BlobRecord} BlobRecord instance
         * @type {{
         *   (properties: meshbackup.BlobRecord.$Shape): meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape;
         *   (properties?: meshbackup.BlobRecord.$Properties): meshbackup.BlobRecord;
         * }}
         */
        BlobRecord.create = function(properties) {
            return new BlobRecord(properties);
        };

        /**
         * Encodes the specified BlobRecord message. Does not implicitly {@link meshbackup.BlobRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {meshbackup.BlobRecord.$Properties} m BlobRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.id);
            if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId") && m.packId.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.packId);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && m.offset !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.length);
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength") && m.rawLength !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.rawLength);
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression") && m.compression !== 0)
                w.uint32(/* id 7, wireType 0 =*/56).int32(m.compression);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified BlobRecord message, length delimited. Does not implicitly {@link meshbackup.BlobRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {meshbackup.BlobRecord.$Properties} message BlobRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlobRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BlobRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape} BlobRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.BlobRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.type = v;
                        else
                            delete m.type;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packId = v;
                        else
                            delete m.packId;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.rawLength = v;
                        else
                            delete m.rawLength;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.compression = v;
                        else
                            delete m.compression;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a BlobRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape} BlobRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlobRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BlobRecord message.
         * @function verify
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BlobRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!(m.id && typeof m.id.length === "number" || $util.isString(m.id)))
                    return "id: buffer expected";
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                    return "type: enum value expected";
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                if (!(m.packId && typeof m.packId.length === "number" || $util.isString(m.packId)))
                    return "packId: buffer expected";
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset))
                    return "offset: integer expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length))
                    return "length: integer expected";
            }
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength")) {
                if (!$util.isInteger(m.rawLength))
                    return "rawLength: integer expected";
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                if (typeof m.compression !== "number" || (m.compression | 0) !== m.compression)
                    return "compression: enum value expected";
            }
            return null;
        };

        /**
         * Creates a BlobRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.BlobRecord} BlobRecord
         */
        BlobRecord.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.BlobRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.BlobRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.BlobRecord();
            if (d.id != null) {
                if (d.id.length) {
                    if (typeof d.id === "string")
                        $util.base64.decode(d.id, m.id = $util.newBuffer($util.base64.length(d.id)), 0);
                    else if (d.id.length >= 0)
                        m.id = d.id;
                }
            }
            if (d.type !== 0 && (typeof d.type !== "string" || $root.meshbackup.BlobType[d.type] !== 0)) {
                switch (d.type) {
                case "BLOB_DATA":
                case 0:
                    m.type = 0;
                    break;
                case "BLOB_TREE":
                case 1:
                    m.type = 1;
                    break;
                case "BLOB_SNAPSHOT":
                case 2:
                    m.type = 2;
                    break;
                case "BLOB_INDEX":
                case 3:
                    m.type = 3;
                    break;
                default:
                    if (typeof d.type === "number" && (d.type | 0) === d.type)
                        m.type = d.type;
                }
            }
            if (d.packId != null) {
                if (d.packId.length) {
                    if (typeof d.packId === "string")
                        $util.base64.decode(d.packId, m.packId = $util.newBuffer($util.base64.length(d.packId)), 0);
                    else if (d.packId.length >= 0)
                        m.packId = d.packId;
                }
            }
            if (d.offset != null) {
                if ($Number(d.offset) !== 0) {
                    m.offset = d.offset >>> 0;
                }
            }
            if (d.length != null) {
                if ($Number(d.length) !== 0) {
                    m.length = d.length >>> 0;
                }
            }
            if (d.rawLength != null) {
                if ($Number(d.rawLength) !== 0) {
                    m.rawLength = d.rawLength >>> 0;
                }
            }
            if (d.compression !== 0 && (typeof d.compression !== "string" || $root.meshbackup.Compression[d.compression] !== 0)) {
                switch (d.compression) {
                case "COMPRESSION_NONE":
                case 0:
                    m.compression = 0;
                    break;
                case "COMPRESSION_ZSTD":
                case 1:
                    m.compression = 1;
                    break;
                default:
                    if (typeof d.compression === "number" && (d.compression | 0) === d.compression)
                        m.compression = d.compression;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlobRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {meshbackup.BlobRecord} m BlobRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlobRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.id = "";
                else {
                    d.id = [];
                    if (o.bytes !== $Array)
                        d.id = $util.newBuffer(d.id);
                }
                d.type = o.enums === $String ? "BLOB_DATA" : 0;
                if (o.bytes === $String)
                    d.packId = "";
                else {
                    d.packId = [];
                    if (o.bytes !== $Array)
                        d.packId = $util.newBuffer(d.packId);
                }
                d.offset = 0;
                d.length = 0;
                d.rawLength = 0;
                d.compression = o.enums === $String ? "COMPRESSION_NONE" : 0;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = o.bytes === $String ? $util.base64.encode(m.id, 0, m.id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.id) : m.id;
            }
            if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                d.type = o.enums === $String ? $root.meshbackup.BlobType[m.type] === $undefined ? m.type : $root.meshbackup.BlobType[m.type] : m.type;
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                d.packId = o.bytes === $String ? $util.base64.encode(m.packId, 0, m.packId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packId) : m.packId;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                d.offset = m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                d.length = m.length;
            }
            if (m.rawLength != null && $Object.hasOwnProperty.call(m, "rawLength")) {
                d.rawLength = m.rawLength;
            }
            if (m.compression != null && $Object.hasOwnProperty.call(m, "compression")) {
                d.compression = o.enums === $String ? $root.meshbackup.Compression[m.compression] === $undefined ? m.compression : $root.meshbackup.Compression[m.compression] : m.compression;
            }
            return d;
        };

        /**
         * Converts this BlobRecord to JSON.
         * @function toJSON
         * @memberof meshbackup.BlobRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlobRecord.prototype.toJSON = function() {
            return BlobRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BlobRecord
         * @function getTypeUrl
         * @memberof meshbackup.BlobRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BlobRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.BlobRecord";
        };

        return BlobRecord;
    })();

    meshbackup.IndexSegment = (function() {

        /**
         * Properties of an IndexSegment.
         * @typedef {Object} meshbackup.IndexSegment.$Properties
         * @property {Array.<meshbackup.PackRecord.$Properties>|null} [packs] IndexSegment packs
         * @property {Array.<meshbackup.BlobRecord.$Properties>|null} [blobs] IndexSegment blobs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IndexSegment.
         * @memberof meshbackup
         * @interface IIndexSegment
         * @augments meshbackup.IndexSegment.$Properties
         * @deprecated Use meshbackup.IndexSegment.$Properties instead.
         */

        /**
         * Shape of an IndexSegment.
         * @typedef {meshbackup.IndexSegment.$Properties} meshbackup.IndexSegment.$Shape
         */

        /**
         * Constructs a new IndexSegment.
         * @memberof meshbackup
         * @classdesc Represents an IndexSegment.
         * @constructor
         * @param {meshbackup.IndexSegment.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IndexSegment = function (p) {
            this.packs = [];
            this.blobs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * IndexSegment packs.
         * @member {Array.<meshbackup.PackRecord.$Properties>} packs
         * @memberof meshbackup.IndexSegment
         * @instance
         */
        IndexSegment.prototype.packs = $util.emptyArray;

        /**
         * IndexSegment blobs.
         * @member {Array.<meshbackup.BlobRecord.$Properties>} blobs
         * @memberof meshbackup.IndexSegment
         * @instance
         */
        IndexSegment.prototype.blobs = $util.emptyArray;

        /**
         * Creates a new IndexSegment instance using the specified properties.
         * @function create
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {meshbackup.IndexSegment.$Properties=} [properties] Properties to set
         * @returns {meshbackup.IndexSegment} IndexSegment instance
         * @type {{
         *   (properties: meshbackup.IndexSegment.$Shape): meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape;
         *   (properties?: meshbackup.IndexSegment.$Properties): meshbackup.IndexSegment;
         * }}
         */
        IndexSegment.create = function(properties) {
            return new IndexSegment(properties);
        };

        /**
         * Encodes the specified IndexSegment message. Does not implicitly {@link meshbackup.IndexSegment.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {meshbackup.IndexSegment.$Properties} m IndexSegment message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IndexSegment.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.packs != null && m.packs.length) {
                for (var i = 0; i < m.packs.length; ++i)
                    $root.meshbackup.PackRecord.encode(m.packs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.blobs != null && m.blobs.length) {
                for (var i = 0; i < m.blobs.length; ++i)
                    $root.meshbackup.BlobRecord.encode(m.blobs[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified IndexSegment message, length delimited. Does not implicitly {@link meshbackup.IndexSegment.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {meshbackup.IndexSegment.$Properties} message IndexSegment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IndexSegment.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an IndexSegment message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape} IndexSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IndexSegment.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.IndexSegment();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.packs && m.packs.length))
                            m.packs = [];
                        m.packs.push($root.meshbackup.PackRecord.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.blobs && m.blobs.length))
                            m.blobs = [];
                        m.blobs.push($root.meshbackup.BlobRecord.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an IndexSegment message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape} IndexSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IndexSegment.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an IndexSegment message.
         * @function verify
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        IndexSegment.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.packs != null && $Object.hasOwnProperty.call(m, "packs")) {
                if (!$Array.isArray(m.packs))
                    return "packs: array expected";
                for (var i = 0; i < m.packs.length; ++i) {
                    {
                        var e = $root.meshbackup.PackRecord.verify(m.packs[i], q + 1);
                        if (e)
                            return "packs." + e;
                    }
                }
            }
            if (m.blobs != null && $Object.hasOwnProperty.call(m, "blobs")) {
                if (!$Array.isArray(m.blobs))
                    return "blobs: array expected";
                for (var i = 0; i < m.blobs.length; ++i) {
                    {
                        var e = $root.meshbackup.BlobRecord.verify(m.blobs[i], q + 1);
                        if (e)
                            return "blobs." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates an IndexSegment message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.IndexSegment} IndexSegment
         */
        IndexSegment.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.IndexSegment)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.IndexSegment: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.IndexSegment();
            if (d.packs) {
                if (!$Array.isArray(d.packs))
                    throw $TypeError(".meshbackup.IndexSegment.packs: array expected");
                m.packs = $Array(d.packs.length);
                for (var i = 0; i < d.packs.length; ++i) {
                    if (!$util.isObject(d.packs[i]))
                        throw $TypeError(".meshbackup.IndexSegment.packs: object expected");
                    m.packs[i] = $root.meshbackup.PackRecord.fromObject(d.packs[i], q + 1);
                }
            }
            if (d.blobs) {
                if (!$Array.isArray(d.blobs))
                    throw $TypeError(".meshbackup.IndexSegment.blobs: array expected");
                m.blobs = $Array(d.blobs.length);
                for (var i = 0; i < d.blobs.length; ++i) {
                    if (!$util.isObject(d.blobs[i]))
                        throw $TypeError(".meshbackup.IndexSegment.blobs: object expected");
                    m.blobs[i] = $root.meshbackup.BlobRecord.fromObject(d.blobs[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an IndexSegment message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {meshbackup.IndexSegment} m IndexSegment
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        IndexSegment.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.packs = [];
                d.blobs = [];
            }
            if (m.packs && m.packs.length) {
                d.packs = $Array(m.packs.length);
                for (var j = 0; j < m.packs.length; ++j) {
                    d.packs[j] = $root.meshbackup.PackRecord.toObject(m.packs[j], o, q + 1);
                }
            }
            if (m.blobs && m.blobs.length) {
                d.blobs = $Array(m.blobs.length);
                for (var j = 0; j < m.blobs.length; ++j) {
                    d.blobs[j] = $root.meshbackup.BlobRecord.toObject(m.blobs[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this IndexSegment to JSON.
         * @function toJSON
         * @memberof meshbackup.IndexSegment
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        IndexSegment.prototype.toJSON = function() {
            return IndexSegment.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for IndexSegment
         * @function getTypeUrl
         * @memberof meshbackup.IndexSegment
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        IndexSegment.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.IndexSegment";
        };

        return IndexSegment;
    })();

    meshbackup.SnapshotRecord = (function() {

        /**
         * Properties of a SnapshotRecord.
         * @typedef {Object} meshbackup.SnapshotRecord.$Properties
         * @property {Uint8Array|null} [id] SnapshotRecord id
         * @property {meshbackup.Snapshot.$Properties|null} [snapshot] SnapshotRecord snapshot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotRecord.
         * @memberof meshbackup
         * @interface ISnapshotRecord
         * @augments meshbackup.SnapshotRecord.$Properties
         * @deprecated Use meshbackup.SnapshotRecord.$Properties instead.
         */

        /**
         * Shape of a SnapshotRecord.
         * @typedef {meshbackup.SnapshotRecord.$Properties} meshbackup.SnapshotRecord.$Shape
         */

        /**
         * Constructs a new SnapshotRecord.
         * @memberof meshbackup
         * @classdesc Represents a SnapshotRecord.
         * @constructor
         * @param {meshbackup.SnapshotRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SnapshotRecord id.
         * @member {Uint8Array} id
         * @memberof meshbackup.SnapshotRecord
         * @instance
         */
        SnapshotRecord.prototype.id = $util.newBuffer([]);

        /**
         * SnapshotRecord snapshot.
         * @member {meshbackup.Snapshot.$Properties|null|undefined} snapshot
         * @memberof meshbackup.SnapshotRecord
         * @instance
         */
        SnapshotRecord.prototype.snapshot = null;

        /**
         * Creates a new SnapshotRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {meshbackup.SnapshotRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.SnapshotRecord} SnapshotRecord instance
         * @type {{
         *   (properties: meshbackup.SnapshotRecord.$Shape): meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape;
         *   (properties?: meshbackup.SnapshotRecord.$Properties): meshbackup.SnapshotRecord;
         * }}
         */
        SnapshotRecord.create = function(properties) {
            return new SnapshotRecord(properties);
        };

        /**
         * Encodes the specified SnapshotRecord message. Does not implicitly {@link meshbackup.SnapshotRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {meshbackup.SnapshotRecord.$Properties} m SnapshotRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.id);
            if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot"))
                $root.meshbackup.Snapshot.encode(m.snapshot, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified SnapshotRecord message, length delimited. Does not implicitly {@link meshbackup.SnapshotRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {meshbackup.SnapshotRecord.$Properties} message SnapshotRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape} SnapshotRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.SnapshotRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.id = v;
                        else
                            delete m.id;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.snapshot = $root.meshbackup.Snapshot.decode(r, r.size(), $undefined, q + 1, m.snapshot);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a SnapshotRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape} SnapshotRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotRecord message.
         * @function verify
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                if (!(m.id && typeof m.id.length === "number" || $util.isString(m.id)))
                    return "id: buffer expected";
            }
            if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                {
                    var e = $root.meshbackup.Snapshot.verify(m.snapshot, q + 1);
                    if (e)
                        return "snapshot." + e;
                }
            }
            return null;
        };

        /**
         * Creates a SnapshotRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.SnapshotRecord} SnapshotRecord
         */
        SnapshotRecord.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.SnapshotRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.SnapshotRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.SnapshotRecord();
            if (d.id != null) {
                if (d.id.length) {
                    if (typeof d.id === "string")
                        $util.base64.decode(d.id, m.id = $util.newBuffer($util.base64.length(d.id)), 0);
                    else if (d.id.length >= 0)
                        m.id = d.id;
                }
            }
            if (d.snapshot != null) {
                if (!$util.isObject(d.snapshot))
                    throw $TypeError(".meshbackup.SnapshotRecord.snapshot: object expected");
                m.snapshot = $root.meshbackup.Snapshot.fromObject(d.snapshot, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a SnapshotRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {meshbackup.SnapshotRecord} m SnapshotRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.id = "";
                else {
                    d.id = [];
                    if (o.bytes !== $Array)
                        d.id = $util.newBuffer(d.id);
                }
                d.snapshot = null;
            }
            if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                d.id = o.bytes === $String ? $util.base64.encode(m.id, 0, m.id.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.id) : m.id;
            }
            if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                d.snapshot = $root.meshbackup.Snapshot.toObject(m.snapshot, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this SnapshotRecord to JSON.
         * @function toJSON
         * @memberof meshbackup.SnapshotRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotRecord.prototype.toJSON = function() {
            return SnapshotRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotRecord
         * @function getTypeUrl
         * @memberof meshbackup.SnapshotRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.SnapshotRecord";
        };

        return SnapshotRecord;
    })();

    meshbackup.MeshInvite = (function() {

        /**
         * Properties of a MeshInvite.
         * @typedef {Object} meshbackup.MeshInvite.$Properties
         * @property {string|null} [meshId] MeshInvite meshId
         * @property {Uint8Array|null} [secret] MeshInvite secret
         * @property {Array.<string>|null} [addrs] MeshInvite addrs
         * @property {number|null} [createdMs] MeshInvite createdMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MeshInvite.
         * @memberof meshbackup
         * @interface IMeshInvite
         * @augments meshbackup.MeshInvite.$Properties
         * @deprecated Use meshbackup.MeshInvite.$Properties instead.
         */

        /**
         * Shape of a MeshInvite.
         * @typedef {meshbackup.MeshInvite.$Properties} meshbackup.MeshInvite.$Shape
         */

        /**
         * Constructs a new MeshInvite.
         * @memberof meshbackup
         * @classdesc Represents a MeshInvite.
         * @constructor
         * @param {meshbackup.MeshInvite.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MeshInvite = function (p) {
            this.addrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MeshInvite meshId.
         * @member {string} meshId
         * @memberof meshbackup.MeshInvite
         * @instance
         */
        MeshInvite.prototype.meshId = "";

        /**
         * MeshInvite secret.
         * @member {Uint8Array} secret
         * @memberof meshbackup.MeshInvite
         * @instance
         */
        MeshInvite.prototype.secret = $util.newBuffer([]);

        /**
         * MeshInvite addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.MeshInvite
         * @instance
         */
        MeshInvite.prototype.addrs = $util.emptyArray;

        /**
         * MeshInvite createdMs.
         * @member {number} createdMs
         * @memberof meshbackup.MeshInvite
         * @instance
         */
        MeshInvite.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new MeshInvite instance using the specified properties.
         * @function create
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {meshbackup.MeshInvite.$Properties=} [properties] Properties to set
         * @returns {meshbackup.MeshInvite} MeshInvite instance
         * @type {{
         *   (properties: meshbackup.MeshInvite.$Shape): meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape;
         *   (properties?: meshbackup.MeshInvite.$Properties): meshbackup.MeshInvite;
         * }}
         */
        MeshInvite.create = function(properties) {
            return new MeshInvite(properties);
        };

        /**
         * Encodes the specified MeshInvite message. Does not implicitly {@link meshbackup.MeshInvite.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {meshbackup.MeshInvite.$Properties} m MeshInvite message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MeshInvite.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId") && m.meshId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.meshId);
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.secret);
            if (m.addrs != null && m.addrs.length) {
                for (var i = 0; i < m.addrs.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.addrs[i]);
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MeshInvite message, length delimited. Does not implicitly {@link meshbackup.MeshInvite.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {meshbackup.MeshInvite.$Properties} message MeshInvite message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MeshInvite.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MeshInvite message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape} MeshInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MeshInvite.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.MeshInvite();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.meshId = v;
                        else
                            delete m.meshId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.secret = v;
                        else
                            delete m.secret;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.addrs && m.addrs.length))
                            m.addrs = [];
                        m.addrs.push(r.stringVerify());
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdMs = v;
                        else
                            delete m.createdMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MeshInvite message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape} MeshInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MeshInvite.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MeshInvite message.
         * @function verify
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MeshInvite.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                if (!$util.isString(m.meshId))
                    return "meshId: string expected";
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                if (!(m.secret && typeof m.secret.length === "number" || $util.isString(m.secret)))
                    return "secret: buffer expected";
            }
            if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                if (!$Array.isArray(m.addrs))
                    return "addrs: array expected";
                for (var i = 0; i < m.addrs.length; ++i) {
                    if (!$util.isString(m.addrs[i]))
                        return "addrs: string[] expected";
                }
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                    return "createdMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a MeshInvite message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.MeshInvite} MeshInvite
         */
        MeshInvite.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.MeshInvite)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.MeshInvite: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.MeshInvite();
            if (d.meshId != null) {
                if (typeof d.meshId !== "string" || d.meshId.length) {
                    m.meshId = $String(d.meshId);
                }
            }
            if (d.secret != null) {
                if (d.secret.length) {
                    if (typeof d.secret === "string")
                        $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                    else if (d.secret.length >= 0)
                        m.secret = d.secret;
                }
            }
            if (d.addrs) {
                if (!$Array.isArray(d.addrs))
                    throw $TypeError(".meshbackup.MeshInvite.addrs: array expected");
                m.addrs = $Array(d.addrs.length);
                for (var i = 0; i < d.addrs.length; ++i) {
                    m.addrs[i] = $String(d.addrs[i]);
                }
            }
            if (d.createdMs != null) {
                if (typeof d.createdMs === "object" ? d.createdMs.low || d.createdMs.high : $Number(d.createdMs) !== 0) {
                    if ($util.Long)
                        m.createdMs = $util.Long.fromValue(d.createdMs, false);
                    else if (typeof d.createdMs === "string")
                        m.createdMs = $parseInt(d.createdMs, 10);
                    else if (typeof d.createdMs === "number")
                        m.createdMs = d.createdMs;
                    else if (typeof d.createdMs === "object")
                        m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MeshInvite message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {meshbackup.MeshInvite} m MeshInvite
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MeshInvite.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.addrs = [];
            }
            if (o.defaults) {
                d.meshId = "";
                if (o.bytes === $String)
                    d.secret = "";
                else {
                    d.secret = [];
                    if (o.bytes !== $Array)
                        d.secret = $util.newBuffer(d.secret);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                d.meshId = m.meshId;
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
            }
            if (m.addrs && m.addrs.length) {
                d.addrs = $Array(m.addrs.length);
                for (var j = 0; j < m.addrs.length; ++j) {
                    d.addrs[j] = m.addrs[j];
                }
            }
            if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                else if (typeof m.createdMs === "number")
                    d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                else
                    d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
            }
            return d;
        };

        /**
         * Converts this MeshInvite to JSON.
         * @function toJSON
         * @memberof meshbackup.MeshInvite
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MeshInvite.prototype.toJSON = function() {
            return MeshInvite.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MeshInvite
         * @function getTypeUrl
         * @memberof meshbackup.MeshInvite
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MeshInvite.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.MeshInvite";
        };

        return MeshInvite;
    })();

    meshbackup.MeshMembership = (function() {

        /**
         * Properties of a MeshMembership.
         * @typedef {Object} meshbackup.MeshMembership.$Properties
         * @property {string|null} [meshId] MeshMembership meshId
         * @property {Uint8Array|null} [secret] MeshMembership secret
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MeshMembership.
         * @memberof meshbackup
         * @interface IMeshMembership
         * @augments meshbackup.MeshMembership.$Properties
         * @deprecated Use meshbackup.MeshMembership.$Properties instead.
         */

        /**
         * Shape of a MeshMembership.
         * @typedef {meshbackup.MeshMembership.$Properties} meshbackup.MeshMembership.$Shape
         */

        /**
         * Constructs a new MeshMembership.
         * @memberof meshbackup
         * @classdesc Represents a MeshMembership.
         * @constructor
         * @param {meshbackup.MeshMembership.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MeshMembership = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MeshMembership meshId.
         * @member {string} meshId
         * @memberof meshbackup.MeshMembership
         * @instance
         */
        MeshMembership.prototype.meshId = "";

        /**
         * MeshMembership secret.
         * @member {Uint8Array} secret
         * @memberof meshbackup.MeshMembership
         * @instance
         */
        MeshMembership.prototype.secret = $util.newBuffer([]);

        /**
         * Creates a new MeshMembership instance using the specified properties.
         * @function create
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {meshbackup.MeshMembership.$Properties=} [properties] Properties to set
         * @returns {meshbackup.MeshMembership} MeshMembership instance
         * @type {{
         *   (properties: meshbackup.MeshMembership.$Shape): meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape;
         *   (properties?: meshbackup.MeshMembership.$Properties): meshbackup.MeshMembership;
         * }}
         */
        MeshMembership.create = function(properties) {
            return new MeshMembership(properties);
        };

        /**
         * Encodes the specified MeshMembership message. Does not implicitly {@link meshbackup.MeshMembership.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {meshbackup.MeshMembership.$Properties} m MeshMembership message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MeshMembership.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId") && m.meshId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.meshId);
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret") && m.secret.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.secret);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MeshMembership message, length delimited. Does not implicitly {@link meshbackup.MeshMembership.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {meshbackup.MeshMembership.$Properties} message MeshMembership message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MeshMembership.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MeshMembership message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape} MeshMembership
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MeshMembership.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.MeshMembership();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.meshId = v;
                        else
                            delete m.meshId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.secret = v;
                        else
                            delete m.secret;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MeshMembership message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape} MeshMembership
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MeshMembership.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MeshMembership message.
         * @function verify
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MeshMembership.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                if (!$util.isString(m.meshId))
                    return "meshId: string expected";
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                if (!(m.secret && typeof m.secret.length === "number" || $util.isString(m.secret)))
                    return "secret: buffer expected";
            }
            return null;
        };

        /**
         * Creates a MeshMembership message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.MeshMembership} MeshMembership
         */
        MeshMembership.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.MeshMembership)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.MeshMembership: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.MeshMembership();
            if (d.meshId != null) {
                if (typeof d.meshId !== "string" || d.meshId.length) {
                    m.meshId = $String(d.meshId);
                }
            }
            if (d.secret != null) {
                if (d.secret.length) {
                    if (typeof d.secret === "string")
                        $util.base64.decode(d.secret, m.secret = $util.newBuffer($util.base64.length(d.secret)), 0);
                    else if (d.secret.length >= 0)
                        m.secret = d.secret;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MeshMembership message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {meshbackup.MeshMembership} m MeshMembership
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MeshMembership.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.meshId = "";
                if (o.bytes === $String)
                    d.secret = "";
                else {
                    d.secret = [];
                    if (o.bytes !== $Array)
                        d.secret = $util.newBuffer(d.secret);
                }
            }
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                d.meshId = m.meshId;
            }
            if (m.secret != null && $Object.hasOwnProperty.call(m, "secret")) {
                d.secret = o.bytes === $String ? $util.base64.encode(m.secret, 0, m.secret.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.secret) : m.secret;
            }
            return d;
        };

        /**
         * Converts this MeshMembership to JSON.
         * @function toJSON
         * @memberof meshbackup.MeshMembership
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MeshMembership.prototype.toJSON = function() {
            return MeshMembership.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MeshMembership
         * @function getTypeUrl
         * @memberof meshbackup.MeshMembership
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MeshMembership.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.MeshMembership";
        };

        return MeshMembership;
    })();

    meshbackup.MemberHello = (function() {

        /**
         * Properties of a MemberHello.
         * @typedef {Object} meshbackup.MemberHello.$Properties
         * @property {string|null} [meshId] MemberHello meshId
         * @property {Uint8Array|null} [proof] MemberHello proof
         * @property {string|null} [error] MemberHello error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MemberHello.
         * @memberof meshbackup
         * @interface IMemberHello
         * @augments meshbackup.MemberHello.$Properties
         * @deprecated Use meshbackup.MemberHello.$Properties instead.
         */

        /**
         * Shape of a MemberHello.
         * @typedef {meshbackup.MemberHello.$Properties} meshbackup.MemberHello.$Shape
         */

        /**
         * Constructs a new MemberHello.
         * @memberof meshbackup
         * @classdesc Represents a MemberHello.
         * @constructor
         * @param {meshbackup.MemberHello.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MemberHello = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MemberHello meshId.
         * @member {string} meshId
         * @memberof meshbackup.MemberHello
         * @instance
         */
        MemberHello.prototype.meshId = "";

        /**
         * MemberHello proof.
         * @member {Uint8Array} proof
         * @memberof meshbackup.MemberHello
         * @instance
         */
        MemberHello.prototype.proof = $util.newBuffer([]);

        /**
         * MemberHello error.
         * @member {string} error
         * @memberof meshbackup.MemberHello
         * @instance
         */
        MemberHello.prototype.error = "";

        /**
         * Creates a new MemberHello instance using the specified properties.
         * @function create
         * @memberof meshbackup.MemberHello
         * @static
         * @param {meshbackup.MemberHello.$Properties=} [properties] Properties to set
         * @returns {meshbackup.MemberHello} MemberHello instance
         * @type {{
         *   (properties: meshbackup.MemberHello.$Shape): meshbackup.MemberHello & meshbackup.MemberHello.$Shape;
         *   (properties?: meshbackup.MemberHello.$Properties): meshbackup.MemberHello;
         * }}
         */
        MemberHello.create = function(properties) {
            return new MemberHello(properties);
        };

        /**
         * Encodes the specified MemberHello message. Does not implicitly {@link meshbackup.MemberHello.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.MemberHello
         * @static
         * @param {meshbackup.MemberHello.$Properties} m MemberHello message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberHello.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId") && m.meshId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.meshId);
            if (m.proof != null && $Object.hasOwnProperty.call(m, "proof") && m.proof.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.proof);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MemberHello message, length delimited. Does not implicitly {@link meshbackup.MemberHello.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.MemberHello
         * @static
         * @param {meshbackup.MemberHello.$Properties} message MemberHello message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MemberHello.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MemberHello message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.MemberHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.MemberHello & meshbackup.MemberHello.$Shape} MemberHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberHello.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.MemberHello();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.meshId = v;
                        else
                            delete m.meshId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.proof = v;
                        else
                            delete m.proof;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a MemberHello message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.MemberHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.MemberHello & meshbackup.MemberHello.$Shape} MemberHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MemberHello.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MemberHello message.
         * @function verify
         * @memberof meshbackup.MemberHello
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MemberHello.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                if (!$util.isString(m.meshId))
                    return "meshId: string expected";
            }
            if (m.proof != null && $Object.hasOwnProperty.call(m, "proof")) {
                if (!(m.proof && typeof m.proof.length === "number" || $util.isString(m.proof)))
                    return "proof: buffer expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                if (!$util.isString(m.error))
                    return "error: string expected";
            }
            return null;
        };

        /**
         * Creates a MemberHello message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.MemberHello
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.MemberHello} MemberHello
         */
        MemberHello.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.MemberHello)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.MemberHello: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.MemberHello();
            if (d.meshId != null) {
                if (typeof d.meshId !== "string" || d.meshId.length) {
                    m.meshId = $String(d.meshId);
                }
            }
            if (d.proof != null) {
                if (d.proof.length) {
                    if (typeof d.proof === "string")
                        $util.base64.decode(d.proof, m.proof = $util.newBuffer($util.base64.length(d.proof)), 0);
                    else if (d.proof.length >= 0)
                        m.proof = d.proof;
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MemberHello message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.MemberHello
         * @static
         * @param {meshbackup.MemberHello} m MemberHello
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MemberHello.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.meshId = "";
                if (o.bytes === $String)
                    d.proof = "";
                else {
                    d.proof = [];
                    if (o.bytes !== $Array)
                        d.proof = $util.newBuffer(d.proof);
                }
                d.error = "";
            }
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId")) {
                d.meshId = m.meshId;
            }
            if (m.proof != null && $Object.hasOwnProperty.call(m, "proof")) {
                d.proof = o.bytes === $String ? $util.base64.encode(m.proof, 0, m.proof.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.proof) : m.proof;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this MemberHello to JSON.
         * @function toJSON
         * @memberof meshbackup.MemberHello
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MemberHello.prototype.toJSON = function() {
            return MemberHello.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MemberHello
         * @function getTypeUrl
         * @memberof meshbackup.MemberHello
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MemberHello.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.MemberHello";
        };

        return MemberHello;
    })();

    meshbackup.CatalogBody = (function() {

        /**
         * Properties of a CatalogBody.
         * @typedef {Object} meshbackup.CatalogBody.$Properties
         * @property {string|null} [repoId] CatalogBody repoId
         * @property {Array.<meshbackup.KeyFile.$Properties>|null} [keyFiles] CatalogBody keyFiles
         * @property {Array.<Uint8Array>|null} [snapshots] CatalogBody snapshots
         * @property {Array.<Uint8Array>|null} [indexPacks] CatalogBody indexPacks
         * @property {Uint8Array|null} [identitySealed] CatalogBody identitySealed
         * @property {string|null} [site] CatalogBody site
         * @property {string|null} [media] CatalogBody media
         * @property {string|null} [host] CatalogBody host
         * @property {number|null} [updatedMs] CatalogBody updatedMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogBody.
         * @memberof meshbackup
         * @interface ICatalogBody
         * @augments meshbackup.CatalogBody.$Properties
         * @deprecated Use meshbackup.CatalogBody.$Properties instead.
         */

        /**
         * Shape of a CatalogBody.
         * @typedef {meshbackup.CatalogBody.$Properties} meshbackup.CatalogBody.$Shape
         */

        /**
         * Constructs a new CatalogBody.
         * @memberof meshbackup
         * @classdesc Represents a CatalogBody.
         * @constructor
         * @param {meshbackup.CatalogBody.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogBody = function (p) {
            this.keyFiles = [];
            this.snapshots = [];
            this.indexPacks = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogBody repoId.
         * @member {string} repoId
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.repoId = "";

        /**
         * CatalogBody keyFiles.
         * @member {Array.<meshbackup.KeyFile.$Properties>} keyFiles
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.keyFiles = $util.emptyArray;

        /**
         * CatalogBody snapshots.
         * @member {Array.<Uint8Array>} snapshots
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.snapshots = $util.emptyArray;

        /**
         * CatalogBody indexPacks.
         * @member {Array.<Uint8Array>} indexPacks
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.indexPacks = $util.emptyArray;

        /**
         * CatalogBody identitySealed.
         * @member {Uint8Array} identitySealed
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.identitySealed = $util.newBuffer([]);

        /**
         * CatalogBody site.
         * @member {string} site
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.site = "";

        /**
         * CatalogBody media.
         * @member {string} media
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.media = "";

        /**
         * CatalogBody host.
         * @member {string} host
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.host = "";

        /**
         * CatalogBody updatedMs.
         * @member {number} updatedMs
         * @memberof meshbackup.CatalogBody
         * @instance
         */
        CatalogBody.prototype.updatedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new CatalogBody instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {meshbackup.CatalogBody.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogBody} CatalogBody instance
         * @type {{
         *   (properties: meshbackup.CatalogBody.$Shape): meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape;
         *   (properties?: meshbackup.CatalogBody.$Properties): meshbackup.CatalogBody;
         * }}
         */
        CatalogBody.create = function(properties) {
            return new CatalogBody(properties);
        };

        /**
         * Encodes the specified CatalogBody message. Does not implicitly {@link meshbackup.CatalogBody.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {meshbackup.CatalogBody.$Properties} m CatalogBody message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogBody.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId") && m.repoId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.repoId);
            if (m.keyFiles != null && m.keyFiles.length) {
                for (var i = 0; i < m.keyFiles.length; ++i)
                    $root.meshbackup.KeyFile.encode(m.keyFiles[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.snapshots != null && m.snapshots.length) {
                for (var i = 0; i < m.snapshots.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.snapshots[i]);
            }
            if (m.indexPacks != null && m.indexPacks.length) {
                for (var i = 0; i < m.indexPacks.length; ++i)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.indexPacks[i]);
            }
            if (m.identitySealed != null && $Object.hasOwnProperty.call(m, "identitySealed") && m.identitySealed.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.identitySealed);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.media);
            if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                w.uint32(/* id 8, wireType 2 =*/66).string(m.host);
            if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs") && (typeof m.updatedMs === "object" ? m.updatedMs.low || m.updatedMs.high : m.updatedMs !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).int64(m.updatedMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogBody message, length delimited. Does not implicitly {@link meshbackup.CatalogBody.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {meshbackup.CatalogBody.$Properties} message CatalogBody message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogBody.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogBody message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape} CatalogBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogBody.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogBody();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.repoId = v;
                        else
                            delete m.repoId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.keyFiles && m.keyFiles.length))
                            m.keyFiles = [];
                        m.keyFiles.push($root.meshbackup.KeyFile.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.snapshots && m.snapshots.length))
                            m.snapshots = [];
                        m.snapshots.push(r.bytes());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.indexPacks && m.indexPacks.length))
                            m.indexPacks = [];
                        m.indexPacks.push(r.bytes());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.identitySealed = v;
                        else
                            delete m.identitySealed;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.site = v;
                        else
                            delete m.site;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.media = v;
                        else
                            delete m.media;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.host = v;
                        else
                            delete m.host;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.updatedMs = v;
                        else
                            delete m.updatedMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogBody message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape} CatalogBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogBody.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogBody message.
         * @function verify
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogBody.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId")) {
                if (!$util.isString(m.repoId))
                    return "repoId: string expected";
            }
            if (m.keyFiles != null && $Object.hasOwnProperty.call(m, "keyFiles")) {
                if (!$Array.isArray(m.keyFiles))
                    return "keyFiles: array expected";
                for (var i = 0; i < m.keyFiles.length; ++i) {
                    {
                        var e = $root.meshbackup.KeyFile.verify(m.keyFiles[i], q + 1);
                        if (e)
                            return "keyFiles." + e;
                    }
                }
            }
            if (m.snapshots != null && $Object.hasOwnProperty.call(m, "snapshots")) {
                if (!$Array.isArray(m.snapshots))
                    return "snapshots: array expected";
                for (var i = 0; i < m.snapshots.length; ++i) {
                    if (!(m.snapshots[i] && typeof m.snapshots[i].length === "number" || $util.isString(m.snapshots[i])))
                        return "snapshots: buffer[] expected";
                }
            }
            if (m.indexPacks != null && $Object.hasOwnProperty.call(m, "indexPacks")) {
                if (!$Array.isArray(m.indexPacks))
                    return "indexPacks: array expected";
                for (var i = 0; i < m.indexPacks.length; ++i) {
                    if (!(m.indexPacks[i] && typeof m.indexPacks[i].length === "number" || $util.isString(m.indexPacks[i])))
                        return "indexPacks: buffer[] expected";
                }
            }
            if (m.identitySealed != null && $Object.hasOwnProperty.call(m, "identitySealed")) {
                if (!(m.identitySealed && typeof m.identitySealed.length === "number" || $util.isString(m.identitySealed)))
                    return "identitySealed: buffer expected";
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                if (!$util.isString(m.site))
                    return "site: string expected";
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                if (!$util.isString(m.media))
                    return "media: string expected";
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                if (!$util.isString(m.host))
                    return "host: string expected";
            }
            if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs")) {
                if (!$util.isInteger(m.updatedMs) && !(m.updatedMs && $util.isInteger(m.updatedMs.low) && $util.isInteger(m.updatedMs.high)))
                    return "updatedMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CatalogBody message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogBody} CatalogBody
         */
        CatalogBody.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogBody)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogBody: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogBody();
            if (d.repoId != null) {
                if (typeof d.repoId !== "string" || d.repoId.length) {
                    m.repoId = $String(d.repoId);
                }
            }
            if (d.keyFiles) {
                if (!$Array.isArray(d.keyFiles))
                    throw $TypeError(".meshbackup.CatalogBody.keyFiles: array expected");
                m.keyFiles = $Array(d.keyFiles.length);
                for (var i = 0; i < d.keyFiles.length; ++i) {
                    if (!$util.isObject(d.keyFiles[i]))
                        throw $TypeError(".meshbackup.CatalogBody.keyFiles: object expected");
                    m.keyFiles[i] = $root.meshbackup.KeyFile.fromObject(d.keyFiles[i], q + 1);
                }
            }
            if (d.snapshots) {
                if (!$Array.isArray(d.snapshots))
                    throw $TypeError(".meshbackup.CatalogBody.snapshots: array expected");
                m.snapshots = $Array(d.snapshots.length);
                for (var i = 0; i < d.snapshots.length; ++i) {
                    if (typeof d.snapshots[i] === "string")
                        $util.base64.decode(d.snapshots[i], m.snapshots[i] = $util.newBuffer($util.base64.length(d.snapshots[i])), 0);
                    else if (d.snapshots[i].length >= 0)
                        m.snapshots[i] = d.snapshots[i];
                }
            }
            if (d.indexPacks) {
                if (!$Array.isArray(d.indexPacks))
                    throw $TypeError(".meshbackup.CatalogBody.indexPacks: array expected");
                m.indexPacks = $Array(d.indexPacks.length);
                for (var i = 0; i < d.indexPacks.length; ++i) {
                    if (typeof d.indexPacks[i] === "string")
                        $util.base64.decode(d.indexPacks[i], m.indexPacks[i] = $util.newBuffer($util.base64.length(d.indexPacks[i])), 0);
                    else if (d.indexPacks[i].length >= 0)
                        m.indexPacks[i] = d.indexPacks[i];
                }
            }
            if (d.identitySealed != null) {
                if (d.identitySealed.length) {
                    if (typeof d.identitySealed === "string")
                        $util.base64.decode(d.identitySealed, m.identitySealed = $util.newBuffer($util.base64.length(d.identitySealed)), 0);
                    else if (d.identitySealed.length >= 0)
                        m.identitySealed = d.identitySealed;
                }
            }
            if (d.site != null) {
                if (typeof d.site !== "string" || d.site.length) {
                    m.site = $String(d.site);
                }
            }
            if (d.media != null) {
                if (typeof d.media !== "string" || d.media.length) {
                    m.media = $String(d.media);
                }
            }
            if (d.host != null) {
                if (typeof d.host !== "string" || d.host.length) {
                    m.host = $String(d.host);
                }
            }
            if (d.updatedMs != null) {
                if (typeof d.updatedMs === "object" ? d.updatedMs.low || d.updatedMs.high : $Number(d.updatedMs) !== 0) {
                    if ($util.Long)
                        m.updatedMs = $util.Long.fromValue(d.updatedMs, false);
                    else if (typeof d.updatedMs === "string")
                        m.updatedMs = $parseInt(d.updatedMs, 10);
                    else if (typeof d.updatedMs === "number")
                        m.updatedMs = d.updatedMs;
                    else if (typeof d.updatedMs === "object")
                        m.updatedMs = new $util.LongBits(d.updatedMs.low >>> 0, d.updatedMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogBody message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {meshbackup.CatalogBody} m CatalogBody
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogBody.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.keyFiles = [];
                d.snapshots = [];
                d.indexPacks = [];
            }
            if (o.defaults) {
                d.repoId = "";
                if (o.bytes === $String)
                    d.identitySealed = "";
                else {
                    d.identitySealed = [];
                    if (o.bytes !== $Array)
                        d.identitySealed = $util.newBuffer(d.identitySealed);
                }
                d.site = "";
                d.media = "";
                d.host = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.updatedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.updatedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.repoId != null && $Object.hasOwnProperty.call(m, "repoId")) {
                d.repoId = m.repoId;
            }
            if (m.keyFiles && m.keyFiles.length) {
                d.keyFiles = $Array(m.keyFiles.length);
                for (var j = 0; j < m.keyFiles.length; ++j) {
                    d.keyFiles[j] = $root.meshbackup.KeyFile.toObject(m.keyFiles[j], o, q + 1);
                }
            }
            if (m.snapshots && m.snapshots.length) {
                d.snapshots = $Array(m.snapshots.length);
                for (var j = 0; j < m.snapshots.length; ++j) {
                    d.snapshots[j] = o.bytes === $String ? $util.base64.encode(m.snapshots[j], 0, m.snapshots[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.snapshots[j]) : m.snapshots[j];
                }
            }
            if (m.indexPacks && m.indexPacks.length) {
                d.indexPacks = $Array(m.indexPacks.length);
                for (var j = 0; j < m.indexPacks.length; ++j) {
                    d.indexPacks[j] = o.bytes === $String ? $util.base64.encode(m.indexPacks[j], 0, m.indexPacks[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.indexPacks[j]) : m.indexPacks[j];
                }
            }
            if (m.identitySealed != null && $Object.hasOwnProperty.call(m, "identitySealed")) {
                d.identitySealed = o.bytes === $String ? $util.base64.encode(m.identitySealed, 0, m.identitySealed.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identitySealed) : m.identitySealed;
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                d.site = m.site;
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                d.media = m.media;
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                d.host = m.host;
            }
            if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.updatedMs = typeof m.updatedMs === "number" ? $BigInt(m.updatedMs) : $util.Long.fromBits(m.updatedMs.low >>> 0, m.updatedMs.high >>> 0, false).toBigInt();
                else if (typeof m.updatedMs === "number")
                    d.updatedMs = o.longs === $String ? $String(m.updatedMs) : m.updatedMs;
                else
                    d.updatedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedMs) : o.longs === $Number ? new $util.LongBits(m.updatedMs.low >>> 0, m.updatedMs.high >>> 0).toNumber() : m.updatedMs;
            }
            return d;
        };

        /**
         * Converts this CatalogBody to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogBody
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogBody.prototype.toJSON = function() {
            return CatalogBody.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogBody
         * @function getTypeUrl
         * @memberof meshbackup.CatalogBody
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogBody.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogBody";
        };

        return CatalogBody;
    })();

    meshbackup.WireError = (function() {

        /**
         * Properties of a WireError.
         * @typedef {Object} meshbackup.WireError.$Properties
         * @property {number|null} [code] WireError code
         * @property {string|null} [message] WireError message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WireError.
         * @memberof meshbackup
         * @interface IWireError
         * @augments meshbackup.WireError.$Properties
         * @deprecated Use meshbackup.WireError.$Properties instead.
         */

        /**
         * Shape of a WireError.
         * @typedef {meshbackup.WireError.$Properties} meshbackup.WireError.$Shape
         */

        /**
         * Constructs a new WireError.
         * @memberof meshbackup
         * @classdesc Represents a WireError.
         * @constructor
         * @param {meshbackup.WireError.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WireError = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WireError code.
         * @member {number} code
         * @memberof meshbackup.WireError
         * @instance
         */
        WireError.prototype.code = 0;

        /**
         * WireError message.
         * @member {string} message
         * @memberof meshbackup.WireError
         * @instance
         */
        WireError.prototype.message = "";

        /**
         * Creates a new WireError instance using the specified properties.
         * @function create
         * @memberof meshbackup.WireError
         * @static
         * @param {meshbackup.WireError.$Properties=} [properties] Properties to set
         * @returns {meshbackup.WireError} WireError instance
         * @type {{
         *   (properties: meshbackup.WireError.$Shape): meshbackup.WireError & meshbackup.WireError.$Shape;
         *   (properties?: meshbackup.WireError.$Properties): meshbackup.WireError;
         * }}
         */
        WireError.create = function(properties) {
            return new WireError(properties);
        };

        /**
         * Encodes the specified WireError message. Does not implicitly {@link meshbackup.WireError.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.WireError
         * @static
         * @param {meshbackup.WireError.$Properties} m WireError message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WireError.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.code);
            if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified WireError message, length delimited. Does not implicitly {@link meshbackup.WireError.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.WireError
         * @static
         * @param {meshbackup.WireError.$Properties} message WireError message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WireError.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a WireError message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.WireError
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.WireError & meshbackup.WireError.$Shape} WireError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WireError.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.WireError();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.code = v;
                        else
                            delete m.code;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.message = v;
                        else
                            delete m.message;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a WireError message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.WireError
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.WireError & meshbackup.WireError.$Shape} WireError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WireError.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a WireError message.
         * @function verify
         * @memberof meshbackup.WireError
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        WireError.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                if (!$util.isInteger(m.code))
                    return "code: integer expected";
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                if (!$util.isString(m.message))
                    return "message: string expected";
            }
            return null;
        };

        /**
         * Creates a WireError message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.WireError
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.WireError} WireError
         */
        WireError.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.WireError)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.WireError: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.WireError();
            if (d.code != null) {
                if ($Number(d.code) !== 0) {
                    m.code = d.code >>> 0;
                }
            }
            if (d.message != null) {
                if (typeof d.message !== "string" || d.message.length) {
                    m.message = $String(d.message);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a WireError message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.WireError
         * @static
         * @param {meshbackup.WireError} m WireError
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        WireError.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.code = 0;
                d.message = "";
            }
            if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                d.code = m.code;
            }
            if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                d.message = m.message;
            }
            return d;
        };

        /**
         * Converts this WireError to JSON.
         * @function toJSON
         * @memberof meshbackup.WireError
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        WireError.prototype.toJSON = function() {
            return WireError.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for WireError
         * @function getTypeUrl
         * @memberof meshbackup.WireError
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        WireError.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.WireError";
        };

        return WireError;
    })();

    meshbackup.ShardRef = (function() {

        /**
         * Properties of a ShardRef.
         * @typedef {Object} meshbackup.ShardRef.$Properties
         * @property {string|null} [owner] ShardRef owner
         * @property {Uint8Array|null} [packId] ShardRef packId
         * @property {number|null} [index] ShardRef index
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardRef.
         * @memberof meshbackup
         * @interface IShardRef
         * @augments meshbackup.ShardRef.$Properties
         * @deprecated Use meshbackup.ShardRef.$Properties instead.
         */

        /**
         * Shape of a ShardRef.
         * @typedef {meshbackup.ShardRef.$Properties} meshbackup.ShardRef.$Shape
         */

        /**
         * Constructs a new ShardRef.
         * @memberof meshbackup
         * @classdesc Represents a ShardRef.
         * @constructor
         * @param {meshbackup.ShardRef.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardRef = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardRef owner.
         * @member {string} owner
         * @memberof meshbackup.ShardRef
         * @instance
         */
        ShardRef.prototype.owner = "";

        /**
         * ShardRef packId.
         * @member {Uint8Array} packId
         * @memberof meshbackup.ShardRef
         * @instance
         */
        ShardRef.prototype.packId = $util.newBuffer([]);

        /**
         * ShardRef index.
         * @member {number} index
         * @memberof meshbackup.ShardRef
         * @instance
         */
        ShardRef.prototype.index = 0;

        /**
         * Creates a new ShardRef instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardRef
         * @static
         * @param {meshbackup.ShardRef.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardRef} ShardRef instance
         * @type {{
         *   (properties: meshbackup.ShardRef.$Shape): meshbackup.ShardRef & meshbackup.ShardRef.$Shape;
         *   (properties?: meshbackup.ShardRef.$Properties): meshbackup.ShardRef;
         * }}
         */
        ShardRef.create = function(properties) {
            return new ShardRef(properties);
        };

        /**
         * Encodes the specified ShardRef message. Does not implicitly {@link meshbackup.ShardRef.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardRef
         * @static
         * @param {meshbackup.ShardRef.$Properties} m ShardRef message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardRef.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId") && m.packId.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.packId);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.index);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardRef message, length delimited. Does not implicitly {@link meshbackup.ShardRef.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardRef
         * @static
         * @param {meshbackup.ShardRef.$Properties} message ShardRef message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardRef.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardRef message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardRef & meshbackup.ShardRef.$Shape} ShardRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardRef.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardRef();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packId = v;
                        else
                            delete m.packId;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardRef message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardRef
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardRef & meshbackup.ShardRef.$Shape} ShardRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardRef.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardRef message.
         * @function verify
         * @memberof meshbackup.ShardRef
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardRef.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                if (!(m.packId && typeof m.packId.length === "number" || $util.isString(m.packId)))
                    return "packId: buffer expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            return null;
        };

        /**
         * Creates a ShardRef message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardRef
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardRef} ShardRef
         */
        ShardRef.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardRef)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardRef: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardRef();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.packId != null) {
                if (d.packId.length) {
                    if (typeof d.packId === "string")
                        $util.base64.decode(d.packId, m.packId = $util.newBuffer($util.base64.length(d.packId)), 0);
                    else if (d.packId.length >= 0)
                        m.packId = d.packId;
                }
            }
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardRef message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardRef
         * @static
         * @param {meshbackup.ShardRef} m ShardRef
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardRef.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                if (o.bytes === $String)
                    d.packId = "";
                else {
                    d.packId = [];
                    if (o.bytes !== $Array)
                        d.packId = $util.newBuffer(d.packId);
                }
                d.index = 0;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                d.packId = o.bytes === $String ? $util.base64.encode(m.packId, 0, m.packId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packId) : m.packId;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            return d;
        };

        /**
         * Converts this ShardRef to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardRef
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardRef.prototype.toJSON = function() {
            return ShardRef.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardRef
         * @function getTypeUrl
         * @memberof meshbackup.ShardRef
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardRef.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardRef";
        };

        return ShardRef;
    })();

    meshbackup.ShardPutRequest = (function() {

        /**
         * Properties of a ShardPutRequest.
         * @typedef {Object} meshbackup.ShardPutRequest.$Properties
         * @property {meshbackup.ShardHeader.$Properties|null} [header] ShardPutRequest header
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardPutRequest.
         * @memberof meshbackup
         * @interface IShardPutRequest
         * @augments meshbackup.ShardPutRequest.$Properties
         * @deprecated Use meshbackup.ShardPutRequest.$Properties instead.
         */

        /**
         * Shape of a ShardPutRequest.
         * @typedef {meshbackup.ShardPutRequest.$Properties} meshbackup.ShardPutRequest.$Shape
         */

        /**
         * Constructs a new ShardPutRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardPutRequest.
         * @constructor
         * @param {meshbackup.ShardPutRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardPutRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardPutRequest header.
         * @member {meshbackup.ShardHeader.$Properties|null|undefined} header
         * @memberof meshbackup.ShardPutRequest
         * @instance
         */
        ShardPutRequest.prototype.header = null;

        /**
         * Creates a new ShardPutRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {meshbackup.ShardPutRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardPutRequest} ShardPutRequest instance
         * @type {{
         *   (properties: meshbackup.ShardPutRequest.$Shape): meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape;
         *   (properties?: meshbackup.ShardPutRequest.$Properties): meshbackup.ShardPutRequest;
         * }}
         */
        ShardPutRequest.create = function(properties) {
            return new ShardPutRequest(properties);
        };

        /**
         * Encodes the specified ShardPutRequest message. Does not implicitly {@link meshbackup.ShardPutRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {meshbackup.ShardPutRequest.$Properties} m ShardPutRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.header != null && $Object.hasOwnProperty.call(m, "header"))
                $root.meshbackup.ShardHeader.encode(m.header, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardPutRequest message, length delimited. Does not implicitly {@link meshbackup.ShardPutRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {meshbackup.ShardPutRequest.$Properties} message ShardPutRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardPutRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape} ShardPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardPutRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.header = $root.meshbackup.ShardHeader.decode(r, r.size(), $undefined, q + 1, m.header);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardPutRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape} ShardPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardPutRequest message.
         * @function verify
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardPutRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                {
                    var e = $root.meshbackup.ShardHeader.verify(m.header, q + 1);
                    if (e)
                        return "header." + e;
                }
            }
            return null;
        };

        /**
         * Creates a ShardPutRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardPutRequest} ShardPutRequest
         */
        ShardPutRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardPutRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardPutRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardPutRequest();
            if (d.header != null) {
                if (!$util.isObject(d.header))
                    throw $TypeError(".meshbackup.ShardPutRequest.header: object expected");
                m.header = $root.meshbackup.ShardHeader.fromObject(d.header, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardPutRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {meshbackup.ShardPutRequest} m ShardPutRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardPutRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.header = null;
            }
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                d.header = $root.meshbackup.ShardHeader.toObject(m.header, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this ShardPutRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardPutRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardPutRequest.prototype.toJSON = function() {
            return ShardPutRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardPutRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardPutRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardPutRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardPutRequest";
        };

        return ShardPutRequest;
    })();

    meshbackup.ShardGetRequest = (function() {

        /**
         * Properties of a ShardGetRequest.
         * @typedef {Object} meshbackup.ShardGetRequest.$Properties
         * @property {meshbackup.ShardRef.$Properties|null} [ref] ShardGetRequest ref
         * @property {number|null} [offset] ShardGetRequest offset
         * @property {number|null} [length] ShardGetRequest length
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardGetRequest.
         * @memberof meshbackup
         * @interface IShardGetRequest
         * @augments meshbackup.ShardGetRequest.$Properties
         * @deprecated Use meshbackup.ShardGetRequest.$Properties instead.
         */

        /**
         * Shape of a ShardGetRequest.
         * @typedef {meshbackup.ShardGetRequest.$Properties} meshbackup.ShardGetRequest.$Shape
         */

        /**
         * Constructs a new ShardGetRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardGetRequest.
         * @constructor
         * @param {meshbackup.ShardGetRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardGetRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardGetRequest ref.
         * @member {meshbackup.ShardRef.$Properties|null|undefined} ref
         * @memberof meshbackup.ShardGetRequest
         * @instance
         */
        ShardGetRequest.prototype.ref = null;

        /**
         * ShardGetRequest offset.
         * @member {number} offset
         * @memberof meshbackup.ShardGetRequest
         * @instance
         */
        ShardGetRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ShardGetRequest length.
         * @member {number} length
         * @memberof meshbackup.ShardGetRequest
         * @instance
         */
        ShardGetRequest.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ShardGetRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {meshbackup.ShardGetRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardGetRequest} ShardGetRequest instance
         * @type {{
         *   (properties: meshbackup.ShardGetRequest.$Shape): meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape;
         *   (properties?: meshbackup.ShardGetRequest.$Properties): meshbackup.ShardGetRequest;
         * }}
         */
        ShardGetRequest.create = function(properties) {
            return new ShardGetRequest(properties);
        };

        /**
         * Encodes the specified ShardGetRequest message. Does not implicitly {@link meshbackup.ShardGetRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {meshbackup.ShardGetRequest.$Properties} m ShardGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardGetRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref"))
                $root.meshbackup.ShardRef.encode(m.ref, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && (typeof m.length === "object" ? m.length.low || m.length.high : m.length !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.length);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardGetRequest message, length delimited. Does not implicitly {@link meshbackup.ShardGetRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {meshbackup.ShardGetRequest.$Properties} message ShardGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardGetRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardGetRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape} ShardGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardGetRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardGetRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.ref = $root.meshbackup.ShardRef.decode(r, r.size(), $undefined, q + 1, m.ref);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardGetRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape} ShardGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardGetRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardGetRequest message.
         * @function verify
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardGetRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                {
                    var e = $root.meshbackup.ShardRef.verify(m.ref, q + 1);
                    if (e)
                        return "ref." + e;
                }
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                    return "offset: integer|Long expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length) && !(m.length && $util.isInteger(m.length.low) && $util.isInteger(m.length.high)))
                    return "length: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ShardGetRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardGetRequest} ShardGetRequest
         */
        ShardGetRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardGetRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardGetRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardGetRequest();
            if (d.ref != null) {
                if (!$util.isObject(d.ref))
                    throw $TypeError(".meshbackup.ShardGetRequest.ref: object expected");
                m.ref = $root.meshbackup.ShardRef.fromObject(d.ref, q + 1);
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
            }
            if (d.length != null) {
                if (typeof d.length === "object" ? d.length.low || d.length.high : $Number(d.length) !== 0) {
                    if ($util.Long)
                        m.length = $util.Long.fromValue(d.length, true);
                    else if (typeof d.length === "string")
                        m.length = $parseInt(d.length, 10);
                    else if (typeof d.length === "number")
                        m.length = d.length;
                    else if (typeof d.length === "object")
                        m.length = new $util.LongBits(d.length.low >>> 0, d.length.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardGetRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {meshbackup.ShardGetRequest} m ShardGetRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardGetRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ref = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.length = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.length = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = $root.meshbackup.ShardRef.toObject(m.ref, o, q + 1);
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.length = typeof m.length === "number" ? $BigInt(m.length) : $util.Long.fromBits(m.length.low >>> 0, m.length.high >>> 0, true).toBigInt();
                else if (typeof m.length === "number")
                    d.length = o.longs === $String ? $String(m.length) : m.length;
                else
                    d.length = o.longs === $String ? $util.Long.prototype.toString.call(m.length) : o.longs === $Number ? new $util.LongBits(m.length.low >>> 0, m.length.high >>> 0).toNumber(true) : m.length;
            }
            return d;
        };

        /**
         * Converts this ShardGetRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardGetRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardGetRequest.prototype.toJSON = function() {
            return ShardGetRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardGetRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardGetRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardGetRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardGetRequest";
        };

        return ShardGetRequest;
    })();

    meshbackup.ShardHasRequest = (function() {

        /**
         * Properties of a ShardHasRequest.
         * @typedef {Object} meshbackup.ShardHasRequest.$Properties
         * @property {Array.<meshbackup.ShardRef.$Properties>|null} [refs] ShardHasRequest refs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardHasRequest.
         * @memberof meshbackup
         * @interface IShardHasRequest
         * @augments meshbackup.ShardHasRequest.$Properties
         * @deprecated Use meshbackup.ShardHasRequest.$Properties instead.
         */

        /**
         * Shape of a ShardHasRequest.
         * @typedef {meshbackup.ShardHasRequest.$Properties} meshbackup.ShardHasRequest.$Shape
         */

        /**
         * Constructs a new ShardHasRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardHasRequest.
         * @constructor
         * @param {meshbackup.ShardHasRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardHasRequest = function (p) {
            this.refs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardHasRequest refs.
         * @member {Array.<meshbackup.ShardRef.$Properties>} refs
         * @memberof meshbackup.ShardHasRequest
         * @instance
         */
        ShardHasRequest.prototype.refs = $util.emptyArray;

        /**
         * Creates a new ShardHasRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {meshbackup.ShardHasRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardHasRequest} ShardHasRequest instance
         * @type {{
         *   (properties: meshbackup.ShardHasRequest.$Shape): meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape;
         *   (properties?: meshbackup.ShardHasRequest.$Properties): meshbackup.ShardHasRequest;
         * }}
         */
        ShardHasRequest.create = function(properties) {
            return new ShardHasRequest(properties);
        };

        /**
         * Encodes the specified ShardHasRequest message. Does not implicitly {@link meshbackup.ShardHasRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {meshbackup.ShardHasRequest.$Properties} m ShardHasRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHasRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.refs != null && m.refs.length) {
                for (var i = 0; i < m.refs.length; ++i)
                    $root.meshbackup.ShardRef.encode(m.refs[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardHasRequest message, length delimited. Does not implicitly {@link meshbackup.ShardHasRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {meshbackup.ShardHasRequest.$Properties} message ShardHasRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHasRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardHasRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape} ShardHasRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHasRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardHasRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.refs && m.refs.length))
                            m.refs = [];
                        m.refs.push($root.meshbackup.ShardRef.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardHasRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape} ShardHasRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHasRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardHasRequest message.
         * @function verify
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardHasRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.refs != null && $Object.hasOwnProperty.call(m, "refs")) {
                if (!$Array.isArray(m.refs))
                    return "refs: array expected";
                for (var i = 0; i < m.refs.length; ++i) {
                    {
                        var e = $root.meshbackup.ShardRef.verify(m.refs[i], q + 1);
                        if (e)
                            return "refs." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a ShardHasRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardHasRequest} ShardHasRequest
         */
        ShardHasRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardHasRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardHasRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardHasRequest();
            if (d.refs) {
                if (!$Array.isArray(d.refs))
                    throw $TypeError(".meshbackup.ShardHasRequest.refs: array expected");
                m.refs = $Array(d.refs.length);
                for (var i = 0; i < d.refs.length; ++i) {
                    if (!$util.isObject(d.refs[i]))
                        throw $TypeError(".meshbackup.ShardHasRequest.refs: object expected");
                    m.refs[i] = $root.meshbackup.ShardRef.fromObject(d.refs[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardHasRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {meshbackup.ShardHasRequest} m ShardHasRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardHasRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.refs = [];
            }
            if (m.refs && m.refs.length) {
                d.refs = $Array(m.refs.length);
                for (var j = 0; j < m.refs.length; ++j) {
                    d.refs[j] = $root.meshbackup.ShardRef.toObject(m.refs[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ShardHasRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardHasRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardHasRequest.prototype.toJSON = function() {
            return ShardHasRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardHasRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardHasRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardHasRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardHasRequest";
        };

        return ShardHasRequest;
    })();

    meshbackup.ShardListRequest = (function() {

        /**
         * Properties of a ShardListRequest.
         * @typedef {Object} meshbackup.ShardListRequest.$Properties
         * @property {string|null} [owner] ShardListRequest owner
         * @property {string|null} [after] ShardListRequest after
         * @property {number|null} [limit] ShardListRequest limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardListRequest.
         * @memberof meshbackup
         * @interface IShardListRequest
         * @augments meshbackup.ShardListRequest.$Properties
         * @deprecated Use meshbackup.ShardListRequest.$Properties instead.
         */

        /**
         * Shape of a ShardListRequest.
         * @typedef {meshbackup.ShardListRequest.$Properties} meshbackup.ShardListRequest.$Shape
         */

        /**
         * Constructs a new ShardListRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardListRequest.
         * @constructor
         * @param {meshbackup.ShardListRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardListRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardListRequest owner.
         * @member {string} owner
         * @memberof meshbackup.ShardListRequest
         * @instance
         */
        ShardListRequest.prototype.owner = "";

        /**
         * ShardListRequest after.
         * @member {string} after
         * @memberof meshbackup.ShardListRequest
         * @instance
         */
        ShardListRequest.prototype.after = "";

        /**
         * ShardListRequest limit.
         * @member {number} limit
         * @memberof meshbackup.ShardListRequest
         * @instance
         */
        ShardListRequest.prototype.limit = 0;

        /**
         * Creates a new ShardListRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {meshbackup.ShardListRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardListRequest} ShardListRequest instance
         * @type {{
         *   (properties: meshbackup.ShardListRequest.$Shape): meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape;
         *   (properties?: meshbackup.ShardListRequest.$Properties): meshbackup.ShardListRequest;
         * }}
         */
        ShardListRequest.create = function(properties) {
            return new ShardListRequest(properties);
        };

        /**
         * Encodes the specified ShardListRequest message. Does not implicitly {@link meshbackup.ShardListRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {meshbackup.ShardListRequest.$Properties} m ShardListRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.after != null && $Object.hasOwnProperty.call(m, "after") && m.after !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.after);
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardListRequest message, length delimited. Does not implicitly {@link meshbackup.ShardListRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {meshbackup.ShardListRequest.$Properties} message ShardListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape} ShardListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardListRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.after = v;
                        else
                            delete m.after;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.limit = v;
                        else
                            delete m.limit;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardListRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape} ShardListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardListRequest message.
         * @function verify
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardListRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.after != null && $Object.hasOwnProperty.call(m, "after")) {
                if (!$util.isString(m.after))
                    return "after: string expected";
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                if (!$util.isInteger(m.limit))
                    return "limit: integer expected";
            }
            return null;
        };

        /**
         * Creates a ShardListRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardListRequest} ShardListRequest
         */
        ShardListRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardListRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardListRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardListRequest();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.after != null) {
                if (typeof d.after !== "string" || d.after.length) {
                    m.after = $String(d.after);
                }
            }
            if (d.limit != null) {
                if ($Number(d.limit) !== 0) {
                    m.limit = d.limit >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardListRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {meshbackup.ShardListRequest} m ShardListRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardListRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                d.after = "";
                d.limit = 0;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.after != null && $Object.hasOwnProperty.call(m, "after")) {
                d.after = m.after;
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                d.limit = m.limit;
            }
            return d;
        };

        /**
         * Converts this ShardListRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardListRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardListRequest.prototype.toJSON = function() {
            return ShardListRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardListRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardListRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardListRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardListRequest";
        };

        return ShardListRequest;
    })();

    meshbackup.ShardDeleteRequest = (function() {

        /**
         * Properties of a ShardDeleteRequest.
         * @typedef {Object} meshbackup.ShardDeleteRequest.$Properties
         * @property {meshbackup.ShardRef.$Properties|null} [ref] ShardDeleteRequest ref
         * @property {number|null} [timeMs] ShardDeleteRequest timeMs
         * @property {Uint8Array|null} [signature] ShardDeleteRequest signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardDeleteRequest.
         * @memberof meshbackup
         * @interface IShardDeleteRequest
         * @augments meshbackup.ShardDeleteRequest.$Properties
         * @deprecated Use meshbackup.ShardDeleteRequest.$Properties instead.
         */

        /**
         * Shape of a ShardDeleteRequest.
         * @typedef {meshbackup.ShardDeleteRequest.$Properties} meshbackup.ShardDeleteRequest.$Shape
         */

        /**
         * Constructs a new ShardDeleteRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardDeleteRequest.
         * @constructor
         * @param {meshbackup.ShardDeleteRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardDeleteRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardDeleteRequest ref.
         * @member {meshbackup.ShardRef.$Properties|null|undefined} ref
         * @memberof meshbackup.ShardDeleteRequest
         * @instance
         */
        ShardDeleteRequest.prototype.ref = null;

        /**
         * ShardDeleteRequest timeMs.
         * @member {number} timeMs
         * @memberof meshbackup.ShardDeleteRequest
         * @instance
         */
        ShardDeleteRequest.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ShardDeleteRequest signature.
         * @member {Uint8Array} signature
         * @memberof meshbackup.ShardDeleteRequest
         * @instance
         */
        ShardDeleteRequest.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new ShardDeleteRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {meshbackup.ShardDeleteRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardDeleteRequest} ShardDeleteRequest instance
         * @type {{
         *   (properties: meshbackup.ShardDeleteRequest.$Shape): meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape;
         *   (properties?: meshbackup.ShardDeleteRequest.$Properties): meshbackup.ShardDeleteRequest;
         * }}
         */
        ShardDeleteRequest.create = function(properties) {
            return new ShardDeleteRequest(properties);
        };

        /**
         * Encodes the specified ShardDeleteRequest message. Does not implicitly {@link meshbackup.ShardDeleteRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {meshbackup.ShardDeleteRequest.$Properties} m ShardDeleteRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardDeleteRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref"))
                $root.meshbackup.ShardRef.encode(m.ref, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeMs);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.signature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardDeleteRequest message, length delimited. Does not implicitly {@link meshbackup.ShardDeleteRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {meshbackup.ShardDeleteRequest.$Properties} message ShardDeleteRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardDeleteRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardDeleteRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape} ShardDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardDeleteRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardDeleteRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.ref = $root.meshbackup.ShardRef.decode(r, r.size(), $undefined, q + 1, m.ref);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.signature = v;
                        else
                            delete m.signature;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardDeleteRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape} ShardDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardDeleteRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardDeleteRequest message.
         * @function verify
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardDeleteRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                {
                    var e = $root.meshbackup.ShardRef.verify(m.ref, q + 1);
                    if (e)
                        return "ref." + e;
                }
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                    return "signature: buffer expected";
            }
            return null;
        };

        /**
         * Creates a ShardDeleteRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardDeleteRequest} ShardDeleteRequest
         */
        ShardDeleteRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardDeleteRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardDeleteRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardDeleteRequest();
            if (d.ref != null) {
                if (!$util.isObject(d.ref))
                    throw $TypeError(".meshbackup.ShardDeleteRequest.ref: object expected");
                m.ref = $root.meshbackup.ShardRef.fromObject(d.ref, q + 1);
            }
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, false);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                }
            }
            if (d.signature != null) {
                if (d.signature.length) {
                    if (typeof d.signature === "string")
                        $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                    else if (d.signature.length >= 0)
                        m.signature = d.signature;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardDeleteRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {meshbackup.ShardDeleteRequest} m ShardDeleteRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardDeleteRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ref = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.signature = "";
                else {
                    d.signature = [];
                    if (o.bytes !== $Array)
                        d.signature = $util.newBuffer(d.signature);
                }
            }
            if (m.ref != null && $Object.hasOwnProperty.call(m, "ref")) {
                d.ref = $root.meshbackup.ShardRef.toObject(m.ref, o, q + 1);
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
            }
            return d;
        };

        /**
         * Converts this ShardDeleteRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardDeleteRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardDeleteRequest.prototype.toJSON = function() {
            return ShardDeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardDeleteRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardDeleteRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardDeleteRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardDeleteRequest";
        };

        return ShardDeleteRequest;
    })();

    meshbackup.ShardRequest = (function() {

        /**
         * Properties of a ShardRequest.
         * @typedef {Object} meshbackup.ShardRequest.$Properties
         * @property {meshbackup.ShardPutRequest.$Properties|null} [put] ShardRequest put
         * @property {meshbackup.ShardGetRequest.$Properties|null} [get] ShardRequest get
         * @property {meshbackup.ShardHasRequest.$Properties|null} [has] ShardRequest has
         * @property {meshbackup.ShardListRequest.$Properties|null} [list] ShardRequest list
         * @property {meshbackup.ShardDeleteRequest.$Properties|null} [remove] ShardRequest remove
         * @property {"put"|"get"|"has"|"list"|"remove"} [op] ShardRequest op
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardRequest.
         * @memberof meshbackup
         * @interface IShardRequest
         * @augments meshbackup.ShardRequest.$Properties
         * @deprecated Use meshbackup.ShardRequest.$Properties instead.
         */

        /**
         * Narrowed shape of a ShardRequest.
         * @typedef {{
         *   put?: meshbackup.ShardPutRequest.$Shape|null;
         *   get?: meshbackup.ShardGetRequest.$Shape|null;
         *   has?: meshbackup.ShardHasRequest.$Shape|null;
         *   list?: meshbackup.ShardListRequest.$Shape|null;
         *   remove?: meshbackup.ShardDeleteRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ op?: undefined; put?: null; get?: null; has?: null; list?: null; remove?: null }|{ op?: "put"; put: meshbackup.ShardPutRequest.$Shape; get?: null; has?: null; list?: null; remove?: null }|{ op?: "get"; put?: null; get: meshbackup.ShardGetRequest.$Shape; has?: null; list?: null; remove?: null }|{ op?: "has"; put?: null; get?: null; has: meshbackup.ShardHasRequest.$Shape; list?: null; remove?: null }|{ op?: "list"; put?: null; get?: null; has?: null; list: meshbackup.ShardListRequest.$Shape; remove?: null }|{ op?: "remove"; put?: null; get?: null; has?: null; list?: null; remove: meshbackup.ShardDeleteRequest.$Shape })
         * )} meshbackup.ShardRequest.$Shape
         */

        /**
         * Constructs a new ShardRequest.
         * @memberof meshbackup
         * @classdesc Represents a ShardRequest.
         * @constructor
         * @param {meshbackup.ShardRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardRequest put.
         * @member {meshbackup.ShardPutRequest.$Properties|null|undefined} put
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        ShardRequest.prototype.put = null;

        /**
         * ShardRequest get.
         * @member {meshbackup.ShardGetRequest.$Properties|null|undefined} get
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        ShardRequest.prototype.get = null;

        /**
         * ShardRequest has.
         * @member {meshbackup.ShardHasRequest.$Properties|null|undefined} has
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        ShardRequest.prototype.has = null;

        /**
         * ShardRequest list.
         * @member {meshbackup.ShardListRequest.$Properties|null|undefined} list
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        ShardRequest.prototype.list = null;

        /**
         * ShardRequest remove.
         * @member {meshbackup.ShardDeleteRequest.$Properties|null|undefined} remove
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        ShardRequest.prototype.remove = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ShardRequest op.
         * @member {"put"|"get"|"has"|"list"|"remove"|undefined} op
         * @memberof meshbackup.ShardRequest
         * @instance
         */
        $Object.defineProperty(ShardRequest.prototype, "op", {
            get: $util.oneOfGetter($oneOfFields = ["put", "get", "has", "list", "remove"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ShardRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {meshbackup.ShardRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardRequest} ShardRequest instance
         * @type {{
         *   (properties: meshbackup.ShardRequest.$Shape): meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape;
         *   (properties?: meshbackup.ShardRequest.$Properties): meshbackup.ShardRequest;
         * }}
         */
        ShardRequest.create = function(properties) {
            return new ShardRequest(properties);
        };

        /**
         * Encodes the specified ShardRequest message. Does not implicitly {@link meshbackup.ShardRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {meshbackup.ShardRequest.$Properties} m ShardRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.put != null && $Object.hasOwnProperty.call(m, "put"))
                $root.meshbackup.ShardPutRequest.encode(m.put, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                $root.meshbackup.ShardGetRequest.encode(m.get, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.has != null && $Object.hasOwnProperty.call(m, "has"))
                $root.meshbackup.ShardHasRequest.encode(m.has, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                $root.meshbackup.ShardListRequest.encode(m.list, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove"))
                $root.meshbackup.ShardDeleteRequest.encode(m.remove, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardRequest message, length delimited. Does not implicitly {@link meshbackup.ShardRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {meshbackup.ShardRequest.$Properties} message ShardRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape} ShardRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.put = $root.meshbackup.ShardPutRequest.decode(r, r.size(), $undefined, q + 1, m.put);
                        m.op = "put";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.get = $root.meshbackup.ShardGetRequest.decode(r, r.size(), $undefined, q + 1, m.get);
                        m.op = "get";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.has = $root.meshbackup.ShardHasRequest.decode(r, r.size(), $undefined, q + 1, m.has);
                        m.op = "has";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.list = $root.meshbackup.ShardListRequest.decode(r, r.size(), $undefined, q + 1, m.list);
                        m.op = "list";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.remove = $root.meshbackup.ShardDeleteRequest.decode(r, r.size(), $undefined, q + 1, m.remove);
                        m.op = "remove";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape} ShardRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardRequest message.
         * @function verify
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                p.op = 1;
                {
                    var e = $root.meshbackup.ShardPutRequest.verify(m.put, q + 1);
                    if (e)
                        return "put." + e;
                }
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.ShardGetRequest.verify(m.get, q + 1);
                    if (e)
                        return "get." + e;
                }
            }
            if (m.has != null && $Object.hasOwnProperty.call(m, "has")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.ShardHasRequest.verify(m.has, q + 1);
                    if (e)
                        return "has." + e;
                }
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.ShardListRequest.verify(m.list, q + 1);
                    if (e)
                        return "list." + e;
                }
            }
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.ShardDeleteRequest.verify(m.remove, q + 1);
                    if (e)
                        return "remove." + e;
                }
            }
            return null;
        };

        /**
         * Creates a ShardRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardRequest} ShardRequest
         */
        ShardRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardRequest();
            if (d.put != null) {
                if (!$util.isObject(d.put))
                    throw $TypeError(".meshbackup.ShardRequest.put: object expected");
                m.put = $root.meshbackup.ShardPutRequest.fromObject(d.put, q + 1);
            }
            if (d.get != null) {
                if (!$util.isObject(d.get))
                    throw $TypeError(".meshbackup.ShardRequest.get: object expected");
                m.get = $root.meshbackup.ShardGetRequest.fromObject(d.get, q + 1);
            }
            if (d.has != null) {
                if (!$util.isObject(d.has))
                    throw $TypeError(".meshbackup.ShardRequest.has: object expected");
                m.has = $root.meshbackup.ShardHasRequest.fromObject(d.has, q + 1);
            }
            if (d.list != null) {
                if (!$util.isObject(d.list))
                    throw $TypeError(".meshbackup.ShardRequest.list: object expected");
                m.list = $root.meshbackup.ShardListRequest.fromObject(d.list, q + 1);
            }
            if (d.remove != null) {
                if (!$util.isObject(d.remove))
                    throw $TypeError(".meshbackup.ShardRequest.remove: object expected");
                m.remove = $root.meshbackup.ShardDeleteRequest.fromObject(d.remove, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {meshbackup.ShardRequest} m ShardRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                d.put = $root.meshbackup.ShardPutRequest.toObject(m.put, o, q + 1);
                if (o.oneofs)
                    d.op = "put";
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                d.get = $root.meshbackup.ShardGetRequest.toObject(m.get, o, q + 1);
                if (o.oneofs)
                    d.op = "get";
            }
            if (m.has != null && $Object.hasOwnProperty.call(m, "has")) {
                d.has = $root.meshbackup.ShardHasRequest.toObject(m.has, o, q + 1);
                if (o.oneofs)
                    d.op = "has";
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                d.list = $root.meshbackup.ShardListRequest.toObject(m.list, o, q + 1);
                if (o.oneofs)
                    d.op = "list";
            }
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                d.remove = $root.meshbackup.ShardDeleteRequest.toObject(m.remove, o, q + 1);
                if (o.oneofs)
                    d.op = "remove";
            }
            return d;
        };

        /**
         * Converts this ShardRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardRequest.prototype.toJSON = function() {
            return ShardRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardRequest
         * @function getTypeUrl
         * @memberof meshbackup.ShardRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardRequest";
        };

        return ShardRequest;
    })();

    meshbackup.ShardPutReady = (function() {

        /**
         * Properties of a ShardPutReady.
         * @typedef {Object} meshbackup.ShardPutReady.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardPutReady.
         * @memberof meshbackup
         * @interface IShardPutReady
         * @augments meshbackup.ShardPutReady.$Properties
         * @deprecated Use meshbackup.ShardPutReady.$Properties instead.
         */

        /**
         * Shape of a ShardPutReady.
         * @typedef {meshbackup.ShardPutReady.$Properties} meshbackup.ShardPutReady.$Shape
         */

        /**
         * Constructs a new ShardPutReady.
         * @memberof meshbackup
         * @classdesc Represents a ShardPutReady.
         * @constructor
         * @param {meshbackup.ShardPutReady.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardPutReady = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new ShardPutReady instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {meshbackup.ShardPutReady.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardPutReady} ShardPutReady instance
         * @type {{
         *   (properties: meshbackup.ShardPutReady.$Shape): meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape;
         *   (properties?: meshbackup.ShardPutReady.$Properties): meshbackup.ShardPutReady;
         * }}
         */
        ShardPutReady.create = function(properties) {
            return new ShardPutReady(properties);
        };

        /**
         * Encodes the specified ShardPutReady message. Does not implicitly {@link meshbackup.ShardPutReady.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {meshbackup.ShardPutReady.$Properties} m ShardPutReady message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutReady.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardPutReady message, length delimited. Does not implicitly {@link meshbackup.ShardPutReady.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {meshbackup.ShardPutReady.$Properties} message ShardPutReady message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutReady.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardPutReady message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape} ShardPutReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutReady.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardPutReady();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardPutReady message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape} ShardPutReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutReady.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardPutReady message.
         * @function verify
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardPutReady.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a ShardPutReady message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardPutReady} ShardPutReady
         */
        ShardPutReady.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardPutReady)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardPutReady: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.meshbackup.ShardPutReady();
        };

        /**
         * Creates a plain object from a ShardPutReady message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {meshbackup.ShardPutReady} m ShardPutReady
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardPutReady.toObject = function () {
            return {};
        };

        /**
         * Converts this ShardPutReady to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardPutReady
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardPutReady.prototype.toJSON = function() {
            return ShardPutReady.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardPutReady
         * @function getTypeUrl
         * @memberof meshbackup.ShardPutReady
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardPutReady.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardPutReady";
        };

        return ShardPutReady;
    })();

    meshbackup.ShardPutDone = (function() {

        /**
         * Properties of a ShardPutDone.
         * @typedef {Object} meshbackup.ShardPutDone.$Properties
         * @property {boolean|null} [existed] ShardPutDone existed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardPutDone.
         * @memberof meshbackup
         * @interface IShardPutDone
         * @augments meshbackup.ShardPutDone.$Properties
         * @deprecated Use meshbackup.ShardPutDone.$Properties instead.
         */

        /**
         * Shape of a ShardPutDone.
         * @typedef {meshbackup.ShardPutDone.$Properties} meshbackup.ShardPutDone.$Shape
         */

        /**
         * Constructs a new ShardPutDone.
         * @memberof meshbackup
         * @classdesc Represents a ShardPutDone.
         * @constructor
         * @param {meshbackup.ShardPutDone.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardPutDone = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardPutDone existed.
         * @member {boolean} existed
         * @memberof meshbackup.ShardPutDone
         * @instance
         */
        ShardPutDone.prototype.existed = false;

        /**
         * Creates a new ShardPutDone instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {meshbackup.ShardPutDone.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardPutDone} ShardPutDone instance
         * @type {{
         *   (properties: meshbackup.ShardPutDone.$Shape): meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape;
         *   (properties?: meshbackup.ShardPutDone.$Properties): meshbackup.ShardPutDone;
         * }}
         */
        ShardPutDone.create = function(properties) {
            return new ShardPutDone(properties);
        };

        /**
         * Encodes the specified ShardPutDone message. Does not implicitly {@link meshbackup.ShardPutDone.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {meshbackup.ShardPutDone.$Properties} m ShardPutDone message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutDone.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed") && m.existed !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.existed);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardPutDone message, length delimited. Does not implicitly {@link meshbackup.ShardPutDone.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {meshbackup.ShardPutDone.$Properties} message ShardPutDone message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardPutDone.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardPutDone message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape} ShardPutDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutDone.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardPutDone();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.existed = v;
                        else
                            delete m.existed;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardPutDone message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape} ShardPutDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardPutDone.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardPutDone message.
         * @function verify
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardPutDone.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed")) {
                if (typeof m.existed !== "boolean")
                    return "existed: boolean expected";
            }
            return null;
        };

        /**
         * Creates a ShardPutDone message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardPutDone} ShardPutDone
         */
        ShardPutDone.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardPutDone)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardPutDone: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardPutDone();
            if (d.existed != null) {
                if (d.existed) {
                    m.existed = $Boolean(d.existed);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardPutDone message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {meshbackup.ShardPutDone} m ShardPutDone
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardPutDone.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.existed = false;
            }
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed")) {
                d.existed = m.existed;
            }
            return d;
        };

        /**
         * Converts this ShardPutDone to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardPutDone
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardPutDone.prototype.toJSON = function() {
            return ShardPutDone.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardPutDone
         * @function getTypeUrl
         * @memberof meshbackup.ShardPutDone
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardPutDone.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardPutDone";
        };

        return ShardPutDone;
    })();

    meshbackup.ShardGetResponse = (function() {

        /**
         * Properties of a ShardGetResponse.
         * @typedef {Object} meshbackup.ShardGetResponse.$Properties
         * @property {meshbackup.ShardHeader.$Properties|null} [header] ShardGetResponse header
         * @property {number|null} [offset] ShardGetResponse offset
         * @property {number|null} [length] ShardGetResponse length
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardGetResponse.
         * @memberof meshbackup
         * @interface IShardGetResponse
         * @augments meshbackup.ShardGetResponse.$Properties
         * @deprecated Use meshbackup.ShardGetResponse.$Properties instead.
         */

        /**
         * Shape of a ShardGetResponse.
         * @typedef {meshbackup.ShardGetResponse.$Properties} meshbackup.ShardGetResponse.$Shape
         */

        /**
         * Constructs a new ShardGetResponse.
         * @memberof meshbackup
         * @classdesc Represents a ShardGetResponse.
         * @constructor
         * @param {meshbackup.ShardGetResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardGetResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardGetResponse header.
         * @member {meshbackup.ShardHeader.$Properties|null|undefined} header
         * @memberof meshbackup.ShardGetResponse
         * @instance
         */
        ShardGetResponse.prototype.header = null;

        /**
         * ShardGetResponse offset.
         * @member {number} offset
         * @memberof meshbackup.ShardGetResponse
         * @instance
         */
        ShardGetResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ShardGetResponse length.
         * @member {number} length
         * @memberof meshbackup.ShardGetResponse
         * @instance
         */
        ShardGetResponse.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ShardGetResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {meshbackup.ShardGetResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardGetResponse} ShardGetResponse instance
         * @type {{
         *   (properties: meshbackup.ShardGetResponse.$Shape): meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape;
         *   (properties?: meshbackup.ShardGetResponse.$Properties): meshbackup.ShardGetResponse;
         * }}
         */
        ShardGetResponse.create = function(properties) {
            return new ShardGetResponse(properties);
        };

        /**
         * Encodes the specified ShardGetResponse message. Does not implicitly {@link meshbackup.ShardGetResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {meshbackup.ShardGetResponse.$Properties} m ShardGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardGetResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.header != null && $Object.hasOwnProperty.call(m, "header"))
                $root.meshbackup.ShardHeader.encode(m.header, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && (typeof m.length === "object" ? m.length.low || m.length.high : m.length !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.length);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardGetResponse message, length delimited. Does not implicitly {@link meshbackup.ShardGetResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {meshbackup.ShardGetResponse.$Properties} message ShardGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardGetResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardGetResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape} ShardGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardGetResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardGetResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.header = $root.meshbackup.ShardHeader.decode(r, r.size(), $undefined, q + 1, m.header);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.offset = v;
                        else
                            delete m.offset;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardGetResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape} ShardGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardGetResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardGetResponse message.
         * @function verify
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardGetResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                {
                    var e = $root.meshbackup.ShardHeader.verify(m.header, q + 1);
                    if (e)
                        return "header." + e;
                }
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                    return "offset: integer|Long expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length) && !(m.length && $util.isInteger(m.length.low) && $util.isInteger(m.length.high)))
                    return "length: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ShardGetResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardGetResponse} ShardGetResponse
         */
        ShardGetResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardGetResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardGetResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardGetResponse();
            if (d.header != null) {
                if (!$util.isObject(d.header))
                    throw $TypeError(".meshbackup.ShardGetResponse.header: object expected");
                m.header = $root.meshbackup.ShardHeader.fromObject(d.header, q + 1);
            }
            if (d.offset != null) {
                if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                    if ($util.Long)
                        m.offset = $util.Long.fromValue(d.offset, true);
                    else if (typeof d.offset === "string")
                        m.offset = $parseInt(d.offset, 10);
                    else if (typeof d.offset === "number")
                        m.offset = d.offset;
                    else if (typeof d.offset === "object")
                        m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                }
            }
            if (d.length != null) {
                if (typeof d.length === "object" ? d.length.low || d.length.high : $Number(d.length) !== 0) {
                    if ($util.Long)
                        m.length = $util.Long.fromValue(d.length, true);
                    else if (typeof d.length === "string")
                        m.length = $parseInt(d.length, 10);
                    else if (typeof d.length === "number")
                        m.length = d.length;
                    else if (typeof d.length === "object")
                        m.length = new $util.LongBits(d.length.low >>> 0, d.length.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardGetResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {meshbackup.ShardGetResponse} m ShardGetResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardGetResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.header = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.length = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.length = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                d.header = $root.meshbackup.ShardHeader.toObject(m.header, o, q + 1);
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.length = typeof m.length === "number" ? $BigInt(m.length) : $util.Long.fromBits(m.length.low >>> 0, m.length.high >>> 0, true).toBigInt();
                else if (typeof m.length === "number")
                    d.length = o.longs === $String ? $String(m.length) : m.length;
                else
                    d.length = o.longs === $String ? $util.Long.prototype.toString.call(m.length) : o.longs === $Number ? new $util.LongBits(m.length.low >>> 0, m.length.high >>> 0).toNumber(true) : m.length;
            }
            return d;
        };

        /**
         * Converts this ShardGetResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardGetResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardGetResponse.prototype.toJSON = function() {
            return ShardGetResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardGetResponse
         * @function getTypeUrl
         * @memberof meshbackup.ShardGetResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardGetResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardGetResponse";
        };

        return ShardGetResponse;
    })();

    meshbackup.ShardHasResponse = (function() {

        /**
         * Properties of a ShardHasResponse.
         * @typedef {Object} meshbackup.ShardHasResponse.$Properties
         * @property {Array.<boolean>|null} [present] ShardHasResponse present
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardHasResponse.
         * @memberof meshbackup
         * @interface IShardHasResponse
         * @augments meshbackup.ShardHasResponse.$Properties
         * @deprecated Use meshbackup.ShardHasResponse.$Properties instead.
         */

        /**
         * Shape of a ShardHasResponse.
         * @typedef {meshbackup.ShardHasResponse.$Properties} meshbackup.ShardHasResponse.$Shape
         */

        /**
         * Constructs a new ShardHasResponse.
         * @memberof meshbackup
         * @classdesc Represents a ShardHasResponse.
         * @constructor
         * @param {meshbackup.ShardHasResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardHasResponse = function (p) {
            this.present = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardHasResponse present.
         * @member {Array.<boolean>} present
         * @memberof meshbackup.ShardHasResponse
         * @instance
         */
        ShardHasResponse.prototype.present = $util.emptyArray;

        /**
         * Creates a new ShardHasResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {meshbackup.ShardHasResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardHasResponse} ShardHasResponse instance
         * @type {{
         *   (properties: meshbackup.ShardHasResponse.$Shape): meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape;
         *   (properties?: meshbackup.ShardHasResponse.$Properties): meshbackup.ShardHasResponse;
         * }}
         */
        ShardHasResponse.create = function(properties) {
            return new ShardHasResponse(properties);
        };

        /**
         * Encodes the specified ShardHasResponse message. Does not implicitly {@link meshbackup.ShardHasResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {meshbackup.ShardHasResponse.$Properties} m ShardHasResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHasResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.present != null && m.present.length) {
                w.uint32(/* id 1, wireType 2 =*/10).bools(m.present);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardHasResponse message, length delimited. Does not implicitly {@link meshbackup.ShardHasResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {meshbackup.ShardHasResponse.$Properties} message ShardHasResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardHasResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardHasResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape} ShardHasResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHasResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardHasResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.present && m.present.length))
                                m.present = [];
                            r.bools(m.present);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.present && m.present.length))
                            m.present = [];
                        m.present.push(r.bool());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardHasResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape} ShardHasResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardHasResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardHasResponse message.
         * @function verify
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardHasResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.present != null && $Object.hasOwnProperty.call(m, "present")) {
                if (!$Array.isArray(m.present))
                    return "present: array expected";
                for (var i = 0; i < m.present.length; ++i) {
                    if (typeof m.present[i] !== "boolean")
                        return "present: boolean[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a ShardHasResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardHasResponse} ShardHasResponse
         */
        ShardHasResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardHasResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardHasResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardHasResponse();
            if (d.present) {
                if (!$Array.isArray(d.present))
                    throw $TypeError(".meshbackup.ShardHasResponse.present: array expected");
                m.present = $Array(d.present.length);
                for (var i = 0; i < d.present.length; ++i) {
                    m.present[i] = $Boolean(d.present[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardHasResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {meshbackup.ShardHasResponse} m ShardHasResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardHasResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.present = [];
            }
            if (m.present && m.present.length) {
                d.present = $Array(m.present.length);
                for (var j = 0; j < m.present.length; ++j) {
                    d.present[j] = m.present[j];
                }
            }
            return d;
        };

        /**
         * Converts this ShardHasResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardHasResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardHasResponse.prototype.toJSON = function() {
            return ShardHasResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardHasResponse
         * @function getTypeUrl
         * @memberof meshbackup.ShardHasResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardHasResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardHasResponse";
        };

        return ShardHasResponse;
    })();

    meshbackup.ShardListEntry = (function() {

        /**
         * Properties of a ShardListEntry.
         * @typedef {Object} meshbackup.ShardListEntry.$Properties
         * @property {Uint8Array|null} [packId] ShardListEntry packId
         * @property {number|null} [index] ShardListEntry index
         * @property {number|null} [length] ShardListEntry length
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardListEntry.
         * @memberof meshbackup
         * @interface IShardListEntry
         * @augments meshbackup.ShardListEntry.$Properties
         * @deprecated Use meshbackup.ShardListEntry.$Properties instead.
         */

        /**
         * Shape of a ShardListEntry.
         * @typedef {meshbackup.ShardListEntry.$Properties} meshbackup.ShardListEntry.$Shape
         */

        /**
         * Constructs a new ShardListEntry.
         * @memberof meshbackup
         * @classdesc Represents a ShardListEntry.
         * @constructor
         * @param {meshbackup.ShardListEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardListEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardListEntry packId.
         * @member {Uint8Array} packId
         * @memberof meshbackup.ShardListEntry
         * @instance
         */
        ShardListEntry.prototype.packId = $util.newBuffer([]);

        /**
         * ShardListEntry index.
         * @member {number} index
         * @memberof meshbackup.ShardListEntry
         * @instance
         */
        ShardListEntry.prototype.index = 0;

        /**
         * ShardListEntry length.
         * @member {number} length
         * @memberof meshbackup.ShardListEntry
         * @instance
         */
        ShardListEntry.prototype.length = 0;

        /**
         * Creates a new ShardListEntry instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {meshbackup.ShardListEntry.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardListEntry} ShardListEntry instance
         * @type {{
         *   (properties: meshbackup.ShardListEntry.$Shape): meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape;
         *   (properties?: meshbackup.ShardListEntry.$Properties): meshbackup.ShardListEntry;
         * }}
         */
        ShardListEntry.create = function(properties) {
            return new ShardListEntry(properties);
        };

        /**
         * Encodes the specified ShardListEntry message. Does not implicitly {@link meshbackup.ShardListEntry.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {meshbackup.ShardListEntry.$Properties} m ShardListEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId") && m.packId.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.packId);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.index);
            if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.length);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardListEntry message, length delimited. Does not implicitly {@link meshbackup.ShardListEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {meshbackup.ShardListEntry.$Properties} message ShardListEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardListEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape} ShardListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardListEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packId = v;
                        else
                            delete m.packId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.length = v;
                        else
                            delete m.length;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardListEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape} ShardListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardListEntry message.
         * @function verify
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardListEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                if (!(m.packId && typeof m.packId.length === "number" || $util.isString(m.packId)))
                    return "packId: buffer expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                if (!$util.isInteger(m.length))
                    return "length: integer expected";
            }
            return null;
        };

        /**
         * Creates a ShardListEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardListEntry} ShardListEntry
         */
        ShardListEntry.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardListEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardListEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardListEntry();
            if (d.packId != null) {
                if (d.packId.length) {
                    if (typeof d.packId === "string")
                        $util.base64.decode(d.packId, m.packId = $util.newBuffer($util.base64.length(d.packId)), 0);
                    else if (d.packId.length >= 0)
                        m.packId = d.packId;
                }
            }
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            if (d.length != null) {
                if ($Number(d.length) !== 0) {
                    m.length = d.length >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardListEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {meshbackup.ShardListEntry} m ShardListEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardListEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.packId = "";
                else {
                    d.packId = [];
                    if (o.bytes !== $Array)
                        d.packId = $util.newBuffer(d.packId);
                }
                d.index = 0;
                d.length = 0;
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                d.packId = o.bytes === $String ? $util.base64.encode(m.packId, 0, m.packId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packId) : m.packId;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                d.length = m.length;
            }
            return d;
        };

        /**
         * Converts this ShardListEntry to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardListEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardListEntry.prototype.toJSON = function() {
            return ShardListEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardListEntry
         * @function getTypeUrl
         * @memberof meshbackup.ShardListEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardListEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardListEntry";
        };

        return ShardListEntry;
    })();

    meshbackup.ShardListResponse = (function() {

        /**
         * Properties of a ShardListResponse.
         * @typedef {Object} meshbackup.ShardListResponse.$Properties
         * @property {Array.<meshbackup.ShardListEntry.$Properties>|null} [entries] ShardListResponse entries
         * @property {string|null} [next] ShardListResponse next
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardListResponse.
         * @memberof meshbackup
         * @interface IShardListResponse
         * @augments meshbackup.ShardListResponse.$Properties
         * @deprecated Use meshbackup.ShardListResponse.$Properties instead.
         */

        /**
         * Shape of a ShardListResponse.
         * @typedef {meshbackup.ShardListResponse.$Properties} meshbackup.ShardListResponse.$Shape
         */

        /**
         * Constructs a new ShardListResponse.
         * @memberof meshbackup
         * @classdesc Represents a ShardListResponse.
         * @constructor
         * @param {meshbackup.ShardListResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardListResponse = function (p) {
            this.entries = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardListResponse entries.
         * @member {Array.<meshbackup.ShardListEntry.$Properties>} entries
         * @memberof meshbackup.ShardListResponse
         * @instance
         */
        ShardListResponse.prototype.entries = $util.emptyArray;

        /**
         * ShardListResponse next.
         * @member {string} next
         * @memberof meshbackup.ShardListResponse
         * @instance
         */
        ShardListResponse.prototype.next = "";

        /**
         * Creates a new ShardListResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {meshbackup.ShardListResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardListResponse} ShardListResponse instance
         * @type {{
         *   (properties: meshbackup.ShardListResponse.$Shape): meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape;
         *   (properties?: meshbackup.ShardListResponse.$Properties): meshbackup.ShardListResponse;
         * }}
         */
        ShardListResponse.create = function(properties) {
            return new ShardListResponse(properties);
        };

        /**
         * Encodes the specified ShardListResponse message. Does not implicitly {@link meshbackup.ShardListResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {meshbackup.ShardListResponse.$Properties} m ShardListResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.entries != null && m.entries.length) {
                for (var i = 0; i < m.entries.length; ++i)
                    $root.meshbackup.ShardListEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.next != null && $Object.hasOwnProperty.call(m, "next") && m.next !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.next);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardListResponse message, length delimited. Does not implicitly {@link meshbackup.ShardListResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {meshbackup.ShardListResponse.$Properties} message ShardListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardListResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape} ShardListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardListResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.entries && m.entries.length))
                            m.entries = [];
                        m.entries.push($root.meshbackup.ShardListEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.next = v;
                        else
                            delete m.next;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardListResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape} ShardListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardListResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardListResponse message.
         * @function verify
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardListResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                if (!$Array.isArray(m.entries))
                    return "entries: array expected";
                for (var i = 0; i < m.entries.length; ++i) {
                    {
                        var e = $root.meshbackup.ShardListEntry.verify(m.entries[i], q + 1);
                        if (e)
                            return "entries." + e;
                    }
                }
            }
            if (m.next != null && $Object.hasOwnProperty.call(m, "next")) {
                if (!$util.isString(m.next))
                    return "next: string expected";
            }
            return null;
        };

        /**
         * Creates a ShardListResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardListResponse} ShardListResponse
         */
        ShardListResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardListResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardListResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardListResponse();
            if (d.entries) {
                if (!$Array.isArray(d.entries))
                    throw $TypeError(".meshbackup.ShardListResponse.entries: array expected");
                m.entries = $Array(d.entries.length);
                for (var i = 0; i < d.entries.length; ++i) {
                    if (!$util.isObject(d.entries[i]))
                        throw $TypeError(".meshbackup.ShardListResponse.entries: object expected");
                    m.entries[i] = $root.meshbackup.ShardListEntry.fromObject(d.entries[i], q + 1);
                }
            }
            if (d.next != null) {
                if (typeof d.next !== "string" || d.next.length) {
                    m.next = $String(d.next);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardListResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {meshbackup.ShardListResponse} m ShardListResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardListResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.entries = [];
            }
            if (o.defaults) {
                d.next = "";
            }
            if (m.entries && m.entries.length) {
                d.entries = $Array(m.entries.length);
                for (var j = 0; j < m.entries.length; ++j) {
                    d.entries[j] = $root.meshbackup.ShardListEntry.toObject(m.entries[j], o, q + 1);
                }
            }
            if (m.next != null && $Object.hasOwnProperty.call(m, "next")) {
                d.next = m.next;
            }
            return d;
        };

        /**
         * Converts this ShardListResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardListResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardListResponse.prototype.toJSON = function() {
            return ShardListResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardListResponse
         * @function getTypeUrl
         * @memberof meshbackup.ShardListResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardListResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardListResponse";
        };

        return ShardListResponse;
    })();

    meshbackup.ShardDeleteResponse = (function() {

        /**
         * Properties of a ShardDeleteResponse.
         * @typedef {Object} meshbackup.ShardDeleteResponse.$Properties
         * @property {boolean|null} [deleted] ShardDeleteResponse deleted
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardDeleteResponse.
         * @memberof meshbackup
         * @interface IShardDeleteResponse
         * @augments meshbackup.ShardDeleteResponse.$Properties
         * @deprecated Use meshbackup.ShardDeleteResponse.$Properties instead.
         */

        /**
         * Shape of a ShardDeleteResponse.
         * @typedef {meshbackup.ShardDeleteResponse.$Properties} meshbackup.ShardDeleteResponse.$Shape
         */

        /**
         * Constructs a new ShardDeleteResponse.
         * @memberof meshbackup
         * @classdesc Represents a ShardDeleteResponse.
         * @constructor
         * @param {meshbackup.ShardDeleteResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardDeleteResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardDeleteResponse deleted.
         * @member {boolean} deleted
         * @memberof meshbackup.ShardDeleteResponse
         * @instance
         */
        ShardDeleteResponse.prototype.deleted = false;

        /**
         * Creates a new ShardDeleteResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {meshbackup.ShardDeleteResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardDeleteResponse} ShardDeleteResponse instance
         * @type {{
         *   (properties: meshbackup.ShardDeleteResponse.$Shape): meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape;
         *   (properties?: meshbackup.ShardDeleteResponse.$Properties): meshbackup.ShardDeleteResponse;
         * }}
         */
        ShardDeleteResponse.create = function(properties) {
            return new ShardDeleteResponse(properties);
        };

        /**
         * Encodes the specified ShardDeleteResponse message. Does not implicitly {@link meshbackup.ShardDeleteResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {meshbackup.ShardDeleteResponse.$Properties} m ShardDeleteResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardDeleteResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.deleted);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardDeleteResponse message, length delimited. Does not implicitly {@link meshbackup.ShardDeleteResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {meshbackup.ShardDeleteResponse.$Properties} message ShardDeleteResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardDeleteResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardDeleteResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape} ShardDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardDeleteResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardDeleteResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.deleted = v;
                        else
                            delete m.deleted;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardDeleteResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape} ShardDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardDeleteResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardDeleteResponse message.
         * @function verify
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardDeleteResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                if (typeof m.deleted !== "boolean")
                    return "deleted: boolean expected";
            }
            return null;
        };

        /**
         * Creates a ShardDeleteResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardDeleteResponse} ShardDeleteResponse
         */
        ShardDeleteResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardDeleteResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardDeleteResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardDeleteResponse();
            if (d.deleted != null) {
                if (d.deleted) {
                    m.deleted = $Boolean(d.deleted);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardDeleteResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {meshbackup.ShardDeleteResponse} m ShardDeleteResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardDeleteResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.deleted = false;
            }
            if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                d.deleted = m.deleted;
            }
            return d;
        };

        /**
         * Converts this ShardDeleteResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardDeleteResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardDeleteResponse.prototype.toJSON = function() {
            return ShardDeleteResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardDeleteResponse
         * @function getTypeUrl
         * @memberof meshbackup.ShardDeleteResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardDeleteResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardDeleteResponse";
        };

        return ShardDeleteResponse;
    })();

    meshbackup.ShardResponse = (function() {

        /**
         * Properties of a ShardResponse.
         * @typedef {Object} meshbackup.ShardResponse.$Properties
         * @property {meshbackup.WireError.$Properties|null} [error] ShardResponse error
         * @property {meshbackup.ShardPutReady.$Properties|null} [putReady] ShardResponse putReady
         * @property {meshbackup.ShardPutDone.$Properties|null} [putDone] ShardResponse putDone
         * @property {meshbackup.ShardGetResponse.$Properties|null} [get] ShardResponse get
         * @property {meshbackup.ShardHasResponse.$Properties|null} [has] ShardResponse has
         * @property {meshbackup.ShardListResponse.$Properties|null} [list] ShardResponse list
         * @property {meshbackup.ShardDeleteResponse.$Properties|null} [remove] ShardResponse remove
         * @property {"error"|"putReady"|"putDone"|"get"|"has"|"list"|"remove"} [result] ShardResponse result
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardResponse.
         * @memberof meshbackup
         * @interface IShardResponse
         * @augments meshbackup.ShardResponse.$Properties
         * @deprecated Use meshbackup.ShardResponse.$Properties instead.
         */

        /**
         * Narrowed shape of a ShardResponse.
         * @typedef {{
         *   error?: meshbackup.WireError.$Shape|null;
         *   putReady?: meshbackup.ShardPutReady.$Shape|null;
         *   putDone?: meshbackup.ShardPutDone.$Shape|null;
         *   get?: meshbackup.ShardGetResponse.$Shape|null;
         *   has?: meshbackup.ShardHasResponse.$Shape|null;
         *   list?: meshbackup.ShardListResponse.$Shape|null;
         *   remove?: meshbackup.ShardDeleteResponse.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ result?: undefined; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "putReady"; error?: null; putReady: meshbackup.ShardPutReady.$Shape; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "putDone"; error?: null; putReady?: null; putDone: meshbackup.ShardPutDone.$Shape; get?: null; has?: null; list?: null; remove?: null }|{ result?: "get"; error?: null; putReady?: null; putDone?: null; get: meshbackup.ShardGetResponse.$Shape; has?: null; list?: null; remove?: null }|{ result?: "has"; error?: null; putReady?: null; putDone?: null; get?: null; has: meshbackup.ShardHasResponse.$Shape; list?: null; remove?: null }|{ result?: "list"; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list: meshbackup.ShardListResponse.$Shape; remove?: null }|{ result?: "remove"; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove: meshbackup.ShardDeleteResponse.$Shape })
         * )} meshbackup.ShardResponse.$Shape
         */

        /**
         * Constructs a new ShardResponse.
         * @memberof meshbackup
         * @classdesc Represents a ShardResponse.
         * @constructor
         * @param {meshbackup.ShardResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ShardResponse error.
         * @member {meshbackup.WireError.$Properties|null|undefined} error
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.error = null;

        /**
         * ShardResponse putReady.
         * @member {meshbackup.ShardPutReady.$Properties|null|undefined} putReady
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.putReady = null;

        /**
         * ShardResponse putDone.
         * @member {meshbackup.ShardPutDone.$Properties|null|undefined} putDone
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.putDone = null;

        /**
         * ShardResponse get.
         * @member {meshbackup.ShardGetResponse.$Properties|null|undefined} get
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.get = null;

        /**
         * ShardResponse has.
         * @member {meshbackup.ShardHasResponse.$Properties|null|undefined} has
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.has = null;

        /**
         * ShardResponse list.
         * @member {meshbackup.ShardListResponse.$Properties|null|undefined} list
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.list = null;

        /**
         * ShardResponse remove.
         * @member {meshbackup.ShardDeleteResponse.$Properties|null|undefined} remove
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        ShardResponse.prototype.remove = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ShardResponse result.
         * @member {"error"|"putReady"|"putDone"|"get"|"has"|"list"|"remove"|undefined} result
         * @memberof meshbackup.ShardResponse
         * @instance
         */
        $Object.defineProperty(ShardResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["error", "putReady", "putDone", "get", "has", "list", "remove"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new ShardResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {meshbackup.ShardResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ShardResponse} ShardResponse instance
         * @type {{
         *   (properties: meshbackup.ShardResponse.$Shape): meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape;
         *   (properties?: meshbackup.ShardResponse.$Properties): meshbackup.ShardResponse;
         * }}
         */
        ShardResponse.create = function(properties) {
            return new ShardResponse(properties);
        };

        /**
         * Encodes the specified ShardResponse message. Does not implicitly {@link meshbackup.ShardResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {meshbackup.ShardResponse.$Properties} m ShardResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                $root.meshbackup.WireError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.putReady != null && $Object.hasOwnProperty.call(m, "putReady"))
                $root.meshbackup.ShardPutReady.encode(m.putReady, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.putDone != null && $Object.hasOwnProperty.call(m, "putDone"))
                $root.meshbackup.ShardPutDone.encode(m.putDone, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                $root.meshbackup.ShardGetResponse.encode(m.get, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.has != null && $Object.hasOwnProperty.call(m, "has"))
                $root.meshbackup.ShardHasResponse.encode(m.has, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                $root.meshbackup.ShardListResponse.encode(m.list, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove"))
                $root.meshbackup.ShardDeleteResponse.encode(m.remove, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ShardResponse message, length delimited. Does not implicitly {@link meshbackup.ShardResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {meshbackup.ShardResponse.$Properties} message ShardResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ShardResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape} ShardResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ShardResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.error = $root.meshbackup.WireError.decode(r, r.size(), $undefined, q + 1, m.error);
                        m.result = "error";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.putReady = $root.meshbackup.ShardPutReady.decode(r, r.size(), $undefined, q + 1, m.putReady);
                        m.result = "putReady";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.putDone = $root.meshbackup.ShardPutDone.decode(r, r.size(), $undefined, q + 1, m.putDone);
                        m.result = "putDone";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.get = $root.meshbackup.ShardGetResponse.decode(r, r.size(), $undefined, q + 1, m.get);
                        m.result = "get";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.has = $root.meshbackup.ShardHasResponse.decode(r, r.size(), $undefined, q + 1, m.has);
                        m.result = "has";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.list = $root.meshbackup.ShardListResponse.decode(r, r.size(), $undefined, q + 1, m.list);
                        m.result = "list";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.remove = $root.meshbackup.ShardDeleteResponse.decode(r, r.size(), $undefined, q + 1, m.remove);
                        m.result = "remove";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ShardResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape} ShardResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ShardResponse message.
         * @function verify
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ShardResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                p.result = 1;
                {
                    var e = $root.meshbackup.WireError.verify(m.error, q + 1);
                    if (e)
                        return "error." + e;
                }
            }
            if (m.putReady != null && $Object.hasOwnProperty.call(m, "putReady")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardPutReady.verify(m.putReady, q + 1);
                    if (e)
                        return "putReady." + e;
                }
            }
            if (m.putDone != null && $Object.hasOwnProperty.call(m, "putDone")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardPutDone.verify(m.putDone, q + 1);
                    if (e)
                        return "putDone." + e;
                }
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardGetResponse.verify(m.get, q + 1);
                    if (e)
                        return "get." + e;
                }
            }
            if (m.has != null && $Object.hasOwnProperty.call(m, "has")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardHasResponse.verify(m.has, q + 1);
                    if (e)
                        return "has." + e;
                }
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardListResponse.verify(m.list, q + 1);
                    if (e)
                        return "list." + e;
                }
            }
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.ShardDeleteResponse.verify(m.remove, q + 1);
                    if (e)
                        return "remove." + e;
                }
            }
            return null;
        };

        /**
         * Creates a ShardResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ShardResponse} ShardResponse
         */
        ShardResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ShardResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ShardResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ShardResponse();
            if (d.error != null) {
                if (!$util.isObject(d.error))
                    throw $TypeError(".meshbackup.ShardResponse.error: object expected");
                m.error = $root.meshbackup.WireError.fromObject(d.error, q + 1);
            }
            if (d.putReady != null) {
                if (!$util.isObject(d.putReady))
                    throw $TypeError(".meshbackup.ShardResponse.putReady: object expected");
                m.putReady = $root.meshbackup.ShardPutReady.fromObject(d.putReady, q + 1);
            }
            if (d.putDone != null) {
                if (!$util.isObject(d.putDone))
                    throw $TypeError(".meshbackup.ShardResponse.putDone: object expected");
                m.putDone = $root.meshbackup.ShardPutDone.fromObject(d.putDone, q + 1);
            }
            if (d.get != null) {
                if (!$util.isObject(d.get))
                    throw $TypeError(".meshbackup.ShardResponse.get: object expected");
                m.get = $root.meshbackup.ShardGetResponse.fromObject(d.get, q + 1);
            }
            if (d.has != null) {
                if (!$util.isObject(d.has))
                    throw $TypeError(".meshbackup.ShardResponse.has: object expected");
                m.has = $root.meshbackup.ShardHasResponse.fromObject(d.has, q + 1);
            }
            if (d.list != null) {
                if (!$util.isObject(d.list))
                    throw $TypeError(".meshbackup.ShardResponse.list: object expected");
                m.list = $root.meshbackup.ShardListResponse.fromObject(d.list, q + 1);
            }
            if (d.remove != null) {
                if (!$util.isObject(d.remove))
                    throw $TypeError(".meshbackup.ShardResponse.remove: object expected");
                m.remove = $root.meshbackup.ShardDeleteResponse.fromObject(d.remove, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ShardResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {meshbackup.ShardResponse} m ShardResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ShardResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = $root.meshbackup.WireError.toObject(m.error, o, q + 1);
                if (o.oneofs)
                    d.result = "error";
            }
            if (m.putReady != null && $Object.hasOwnProperty.call(m, "putReady")) {
                d.putReady = $root.meshbackup.ShardPutReady.toObject(m.putReady, o, q + 1);
                if (o.oneofs)
                    d.result = "putReady";
            }
            if (m.putDone != null && $Object.hasOwnProperty.call(m, "putDone")) {
                d.putDone = $root.meshbackup.ShardPutDone.toObject(m.putDone, o, q + 1);
                if (o.oneofs)
                    d.result = "putDone";
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                d.get = $root.meshbackup.ShardGetResponse.toObject(m.get, o, q + 1);
                if (o.oneofs)
                    d.result = "get";
            }
            if (m.has != null && $Object.hasOwnProperty.call(m, "has")) {
                d.has = $root.meshbackup.ShardHasResponse.toObject(m.has, o, q + 1);
                if (o.oneofs)
                    d.result = "has";
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                d.list = $root.meshbackup.ShardListResponse.toObject(m.list, o, q + 1);
                if (o.oneofs)
                    d.result = "list";
            }
            if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                d.remove = $root.meshbackup.ShardDeleteResponse.toObject(m.remove, o, q + 1);
                if (o.oneofs)
                    d.result = "remove";
            }
            return d;
        };

        /**
         * Converts this ShardResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.ShardResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ShardResponse.prototype.toJSON = function() {
            return ShardResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ShardResponse
         * @function getTypeUrl
         * @memberof meshbackup.ShardResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ShardResponse";
        };

        return ShardResponse;
    })();

    meshbackup.CatalogRecord = (function() {

        /**
         * Properties of a CatalogRecord.
         * @typedef {Object} meshbackup.CatalogRecord.$Properties
         * @property {string|null} [owner] CatalogRecord owner
         * @property {number|null} [version] CatalogRecord version
         * @property {Uint8Array|null} [body] CatalogRecord body
         * @property {number|null} [timeMs] CatalogRecord timeMs
         * @property {Uint8Array|null} [signature] CatalogRecord signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogRecord.
         * @memberof meshbackup
         * @interface ICatalogRecord
         * @augments meshbackup.CatalogRecord.$Properties
         * @deprecated Use meshbackup.CatalogRecord.$Properties instead.
         */

        /**
         * Shape of a CatalogRecord.
         * @typedef {meshbackup.CatalogRecord.$Properties} meshbackup.CatalogRecord.$Shape
         */

        /**
         * Constructs a new CatalogRecord.
         * @memberof meshbackup
         * @classdesc Represents a CatalogRecord.
         * @constructor
         * @param {meshbackup.CatalogRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogRecord owner.
         * @member {string} owner
         * @memberof meshbackup.CatalogRecord
         * @instance
         */
        CatalogRecord.prototype.owner = "";

        /**
         * CatalogRecord version.
         * @member {number} version
         * @memberof meshbackup.CatalogRecord
         * @instance
         */
        CatalogRecord.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CatalogRecord body.
         * @member {Uint8Array} body
         * @memberof meshbackup.CatalogRecord
         * @instance
         */
        CatalogRecord.prototype.body = $util.newBuffer([]);

        /**
         * CatalogRecord timeMs.
         * @member {number} timeMs
         * @memberof meshbackup.CatalogRecord
         * @instance
         */
        CatalogRecord.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * CatalogRecord signature.
         * @member {Uint8Array} signature
         * @memberof meshbackup.CatalogRecord
         * @instance
         */
        CatalogRecord.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new CatalogRecord instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {meshbackup.CatalogRecord.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogRecord} CatalogRecord instance
         * @type {{
         *   (properties: meshbackup.CatalogRecord.$Shape): meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape;
         *   (properties?: meshbackup.CatalogRecord.$Properties): meshbackup.CatalogRecord;
         * }}
         */
        CatalogRecord.create = function(properties) {
            return new CatalogRecord(properties);
        };

        /**
         * Encodes the specified CatalogRecord message. Does not implicitly {@link meshbackup.CatalogRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {meshbackup.CatalogRecord.$Properties} m CatalogRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.version);
            if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.body);
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.signature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogRecord message, length delimited. Does not implicitly {@link meshbackup.CatalogRecord.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {meshbackup.CatalogRecord.$Properties} message CatalogRecord message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogRecord.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape} CatalogRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogRecord.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogRecord();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.body = v;
                        else
                            delete m.body;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.signature = v;
                        else
                            delete m.signature;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogRecord message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape} CatalogRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogRecord.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogRecord message.
         * @function verify
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogRecord.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                if (!(m.body && typeof m.body.length === "number" || $util.isString(m.body)))
                    return "body: buffer expected";
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                    return "signature: buffer expected";
            }
            return null;
        };

        /**
         * Creates a CatalogRecord message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogRecord} CatalogRecord
         */
        CatalogRecord.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogRecord)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogRecord: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogRecord();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, true);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                }
            }
            if (d.body != null) {
                if (d.body.length) {
                    if (typeof d.body === "string")
                        $util.base64.decode(d.body, m.body = $util.newBuffer($util.base64.length(d.body)), 0);
                    else if (d.body.length >= 0)
                        m.body = d.body;
                }
            }
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, false);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                }
            }
            if (d.signature != null) {
                if (d.signature.length) {
                    if (typeof d.signature === "string")
                        $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                    else if (d.signature.length >= 0)
                        m.signature = d.signature;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogRecord message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {meshbackup.CatalogRecord} m CatalogRecord
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogRecord.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.body = "";
                else {
                    d.body = [];
                    if (o.bytes !== $Array)
                        d.body = $util.newBuffer(d.body);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.signature = "";
                else {
                    d.signature = [];
                    if (o.bytes !== $Array)
                        d.signature = $util.newBuffer(d.signature);
                }
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                d.body = o.bytes === $String ? $util.base64.encode(m.body, 0, m.body.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.body) : m.body;
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
            }
            return d;
        };

        /**
         * Converts this CatalogRecord to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogRecord
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogRecord.prototype.toJSON = function() {
            return CatalogRecord.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogRecord
         * @function getTypeUrl
         * @memberof meshbackup.CatalogRecord
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogRecord.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogRecord";
        };

        return CatalogRecord;
    })();

    meshbackup.CatalogGetRequest = (function() {

        /**
         * Properties of a CatalogGetRequest.
         * @typedef {Object} meshbackup.CatalogGetRequest.$Properties
         * @property {string|null} [owner] CatalogGetRequest owner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogGetRequest.
         * @memberof meshbackup
         * @interface ICatalogGetRequest
         * @augments meshbackup.CatalogGetRequest.$Properties
         * @deprecated Use meshbackup.CatalogGetRequest.$Properties instead.
         */

        /**
         * Shape of a CatalogGetRequest.
         * @typedef {meshbackup.CatalogGetRequest.$Properties} meshbackup.CatalogGetRequest.$Shape
         */

        /**
         * Constructs a new CatalogGetRequest.
         * @memberof meshbackup
         * @classdesc Represents a CatalogGetRequest.
         * @constructor
         * @param {meshbackup.CatalogGetRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogGetRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogGetRequest owner.
         * @member {string} owner
         * @memberof meshbackup.CatalogGetRequest
         * @instance
         */
        CatalogGetRequest.prototype.owner = "";

        /**
         * Creates a new CatalogGetRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {meshbackup.CatalogGetRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogGetRequest} CatalogGetRequest instance
         * @type {{
         *   (properties: meshbackup.CatalogGetRequest.$Shape): meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape;
         *   (properties?: meshbackup.CatalogGetRequest.$Properties): meshbackup.CatalogGetRequest;
         * }}
         */
        CatalogGetRequest.create = function(properties) {
            return new CatalogGetRequest(properties);
        };

        /**
         * Encodes the specified CatalogGetRequest message. Does not implicitly {@link meshbackup.CatalogGetRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {meshbackup.CatalogGetRequest.$Properties} m CatalogGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogGetRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogGetRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogGetRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {meshbackup.CatalogGetRequest.$Properties} message CatalogGetRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogGetRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogGetRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape} CatalogGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogGetRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogGetRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogGetRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape} CatalogGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogGetRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogGetRequest message.
         * @function verify
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogGetRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            return null;
        };

        /**
         * Creates a CatalogGetRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogGetRequest} CatalogGetRequest
         */
        CatalogGetRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogGetRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogGetRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogGetRequest();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogGetRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {meshbackup.CatalogGetRequest} m CatalogGetRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogGetRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            return d;
        };

        /**
         * Converts this CatalogGetRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogGetRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogGetRequest.prototype.toJSON = function() {
            return CatalogGetRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogGetRequest
         * @function getTypeUrl
         * @memberof meshbackup.CatalogGetRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogGetRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogGetRequest";
        };

        return CatalogGetRequest;
    })();

    meshbackup.CatalogPutRequest = (function() {

        /**
         * Properties of a CatalogPutRequest.
         * @typedef {Object} meshbackup.CatalogPutRequest.$Properties
         * @property {meshbackup.CatalogRecord.$Properties|null} [record] CatalogPutRequest record
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogPutRequest.
         * @memberof meshbackup
         * @interface ICatalogPutRequest
         * @augments meshbackup.CatalogPutRequest.$Properties
         * @deprecated Use meshbackup.CatalogPutRequest.$Properties instead.
         */

        /**
         * Shape of a CatalogPutRequest.
         * @typedef {meshbackup.CatalogPutRequest.$Properties} meshbackup.CatalogPutRequest.$Shape
         */

        /**
         * Constructs a new CatalogPutRequest.
         * @memberof meshbackup
         * @classdesc Represents a CatalogPutRequest.
         * @constructor
         * @param {meshbackup.CatalogPutRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogPutRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogPutRequest record.
         * @member {meshbackup.CatalogRecord.$Properties|null|undefined} record
         * @memberof meshbackup.CatalogPutRequest
         * @instance
         */
        CatalogPutRequest.prototype.record = null;

        /**
         * Creates a new CatalogPutRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {meshbackup.CatalogPutRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogPutRequest} CatalogPutRequest instance
         * @type {{
         *   (properties: meshbackup.CatalogPutRequest.$Shape): meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape;
         *   (properties?: meshbackup.CatalogPutRequest.$Properties): meshbackup.CatalogPutRequest;
         * }}
         */
        CatalogPutRequest.create = function(properties) {
            return new CatalogPutRequest(properties);
        };

        /**
         * Encodes the specified CatalogPutRequest message. Does not implicitly {@link meshbackup.CatalogPutRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {meshbackup.CatalogPutRequest.$Properties} m CatalogPutRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogPutRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                $root.meshbackup.CatalogRecord.encode(m.record, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogPutRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogPutRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {meshbackup.CatalogPutRequest.$Properties} message CatalogPutRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogPutRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogPutRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape} CatalogPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogPutRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogPutRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.record = $root.meshbackup.CatalogRecord.decode(r, r.size(), $undefined, q + 1, m.record);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogPutRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape} CatalogPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogPutRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogPutRequest message.
         * @function verify
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogPutRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                {
                    var e = $root.meshbackup.CatalogRecord.verify(m.record, q + 1);
                    if (e)
                        return "record." + e;
                }
            }
            return null;
        };

        /**
         * Creates a CatalogPutRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogPutRequest} CatalogPutRequest
         */
        CatalogPutRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogPutRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogPutRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogPutRequest();
            if (d.record != null) {
                if (!$util.isObject(d.record))
                    throw $TypeError(".meshbackup.CatalogPutRequest.record: object expected");
                m.record = $root.meshbackup.CatalogRecord.fromObject(d.record, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogPutRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {meshbackup.CatalogPutRequest} m CatalogPutRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogPutRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.record = null;
            }
            if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                d.record = $root.meshbackup.CatalogRecord.toObject(m.record, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this CatalogPutRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogPutRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogPutRequest.prototype.toJSON = function() {
            return CatalogPutRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogPutRequest
         * @function getTypeUrl
         * @memberof meshbackup.CatalogPutRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogPutRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogPutRequest";
        };

        return CatalogPutRequest;
    })();

    meshbackup.CatalogListRequest = (function() {

        /**
         * Properties of a CatalogListRequest.
         * @typedef {Object} meshbackup.CatalogListRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogListRequest.
         * @memberof meshbackup
         * @interface ICatalogListRequest
         * @augments meshbackup.CatalogListRequest.$Properties
         * @deprecated Use meshbackup.CatalogListRequest.$Properties instead.
         */

        /**
         * Shape of a CatalogListRequest.
         * @typedef {meshbackup.CatalogListRequest.$Properties} meshbackup.CatalogListRequest.$Shape
         */

        /**
         * Constructs a new CatalogListRequest.
         * @memberof meshbackup
         * @classdesc Represents a CatalogListRequest.
         * @constructor
         * @param {meshbackup.CatalogListRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogListRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new CatalogListRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {meshbackup.CatalogListRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogListRequest} CatalogListRequest instance
         * @type {{
         *   (properties: meshbackup.CatalogListRequest.$Shape): meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape;
         *   (properties?: meshbackup.CatalogListRequest.$Properties): meshbackup.CatalogListRequest;
         * }}
         */
        CatalogListRequest.create = function(properties) {
            return new CatalogListRequest(properties);
        };

        /**
         * Encodes the specified CatalogListRequest message. Does not implicitly {@link meshbackup.CatalogListRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {meshbackup.CatalogListRequest.$Properties} m CatalogListRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogListRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogListRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {meshbackup.CatalogListRequest.$Properties} message CatalogListRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogListRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape} CatalogListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogListRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogListRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape} CatalogListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogListRequest message.
         * @function verify
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogListRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a CatalogListRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogListRequest} CatalogListRequest
         */
        CatalogListRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogListRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogListRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.meshbackup.CatalogListRequest();
        };

        /**
         * Creates a plain object from a CatalogListRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {meshbackup.CatalogListRequest} m CatalogListRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogListRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this CatalogListRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogListRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogListRequest.prototype.toJSON = function() {
            return CatalogListRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogListRequest
         * @function getTypeUrl
         * @memberof meshbackup.CatalogListRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogListRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogListRequest";
        };

        return CatalogListRequest;
    })();

    meshbackup.CatalogRequest = (function() {

        /**
         * Properties of a CatalogRequest.
         * @typedef {Object} meshbackup.CatalogRequest.$Properties
         * @property {meshbackup.CatalogGetRequest.$Properties|null} [get] CatalogRequest get
         * @property {meshbackup.CatalogPutRequest.$Properties|null} [put] CatalogRequest put
         * @property {meshbackup.CatalogListRequest.$Properties|null} [list] CatalogRequest list
         * @property {"get"|"put"|"list"} [op] CatalogRequest op
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogRequest.
         * @memberof meshbackup
         * @interface ICatalogRequest
         * @augments meshbackup.CatalogRequest.$Properties
         * @deprecated Use meshbackup.CatalogRequest.$Properties instead.
         */

        /**
         * Narrowed shape of a CatalogRequest.
         * @typedef {{
         *   get?: meshbackup.CatalogGetRequest.$Shape|null;
         *   put?: meshbackup.CatalogPutRequest.$Shape|null;
         *   list?: meshbackup.CatalogListRequest.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ op?: undefined; get?: null; put?: null; list?: null }|{ op?: "get"; get: meshbackup.CatalogGetRequest.$Shape; put?: null; list?: null }|{ op?: "put"; get?: null; put: meshbackup.CatalogPutRequest.$Shape; list?: null }|{ op?: "list"; get?: null; put?: null; list: meshbackup.CatalogListRequest.$Shape })
         * )} meshbackup.CatalogRequest.$Shape
         */

        /**
         * Constructs a new CatalogRequest.
         * @memberof meshbackup
         * @classdesc Represents a CatalogRequest.
         * @constructor
         * @param {meshbackup.CatalogRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogRequest get.
         * @member {meshbackup.CatalogGetRequest.$Properties|null|undefined} get
         * @memberof meshbackup.CatalogRequest
         * @instance
         */
        CatalogRequest.prototype.get = null;

        /**
         * CatalogRequest put.
         * @member {meshbackup.CatalogPutRequest.$Properties|null|undefined} put
         * @memberof meshbackup.CatalogRequest
         * @instance
         */
        CatalogRequest.prototype.put = null;

        /**
         * CatalogRequest list.
         * @member {meshbackup.CatalogListRequest.$Properties|null|undefined} list
         * @memberof meshbackup.CatalogRequest
         * @instance
         */
        CatalogRequest.prototype.list = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * CatalogRequest op.
         * @member {"get"|"put"|"list"|undefined} op
         * @memberof meshbackup.CatalogRequest
         * @instance
         */
        $Object.defineProperty(CatalogRequest.prototype, "op", {
            get: $util.oneOfGetter($oneOfFields = ["get", "put", "list"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new CatalogRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {meshbackup.CatalogRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogRequest} CatalogRequest instance
         * @type {{
         *   (properties: meshbackup.CatalogRequest.$Shape): meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape;
         *   (properties?: meshbackup.CatalogRequest.$Properties): meshbackup.CatalogRequest;
         * }}
         */
        CatalogRequest.create = function(properties) {
            return new CatalogRequest(properties);
        };

        /**
         * Encodes the specified CatalogRequest message. Does not implicitly {@link meshbackup.CatalogRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {meshbackup.CatalogRequest.$Properties} m CatalogRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                $root.meshbackup.CatalogGetRequest.encode(m.get, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.put != null && $Object.hasOwnProperty.call(m, "put"))
                $root.meshbackup.CatalogPutRequest.encode(m.put, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                $root.meshbackup.CatalogListRequest.encode(m.list, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {meshbackup.CatalogRequest.$Properties} message CatalogRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape} CatalogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.get = $root.meshbackup.CatalogGetRequest.decode(r, r.size(), $undefined, q + 1, m.get);
                        m.op = "get";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.put = $root.meshbackup.CatalogPutRequest.decode(r, r.size(), $undefined, q + 1, m.put);
                        m.op = "put";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.list = $root.meshbackup.CatalogListRequest.decode(r, r.size(), $undefined, q + 1, m.list);
                        m.op = "list";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape} CatalogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogRequest message.
         * @function verify
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                p.op = 1;
                {
                    var e = $root.meshbackup.CatalogGetRequest.verify(m.get, q + 1);
                    if (e)
                        return "get." + e;
                }
            }
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.CatalogPutRequest.verify(m.put, q + 1);
                    if (e)
                        return "put." + e;
                }
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                if (p.op === 1)
                    return "op: multiple values";
                p.op = 1;
                {
                    var e = $root.meshbackup.CatalogListRequest.verify(m.list, q + 1);
                    if (e)
                        return "list." + e;
                }
            }
            return null;
        };

        /**
         * Creates a CatalogRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogRequest} CatalogRequest
         */
        CatalogRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogRequest();
            if (d.get != null) {
                if (!$util.isObject(d.get))
                    throw $TypeError(".meshbackup.CatalogRequest.get: object expected");
                m.get = $root.meshbackup.CatalogGetRequest.fromObject(d.get, q + 1);
            }
            if (d.put != null) {
                if (!$util.isObject(d.put))
                    throw $TypeError(".meshbackup.CatalogRequest.put: object expected");
                m.put = $root.meshbackup.CatalogPutRequest.fromObject(d.put, q + 1);
            }
            if (d.list != null) {
                if (!$util.isObject(d.list))
                    throw $TypeError(".meshbackup.CatalogRequest.list: object expected");
                m.list = $root.meshbackup.CatalogListRequest.fromObject(d.list, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {meshbackup.CatalogRequest} m CatalogRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                d.get = $root.meshbackup.CatalogGetRequest.toObject(m.get, o, q + 1);
                if (o.oneofs)
                    d.op = "get";
            }
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                d.put = $root.meshbackup.CatalogPutRequest.toObject(m.put, o, q + 1);
                if (o.oneofs)
                    d.op = "put";
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                d.list = $root.meshbackup.CatalogListRequest.toObject(m.list, o, q + 1);
                if (o.oneofs)
                    d.op = "list";
            }
            return d;
        };

        /**
         * Converts this CatalogRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogRequest.prototype.toJSON = function() {
            return CatalogRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogRequest
         * @function getTypeUrl
         * @memberof meshbackup.CatalogRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogRequest";
        };

        return CatalogRequest;
    })();

    meshbackup.CatalogGetResponse = (function() {

        /**
         * Properties of a CatalogGetResponse.
         * @typedef {Object} meshbackup.CatalogGetResponse.$Properties
         * @property {meshbackup.CatalogRecord.$Properties|null} [record] CatalogGetResponse record
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogGetResponse.
         * @memberof meshbackup
         * @interface ICatalogGetResponse
         * @augments meshbackup.CatalogGetResponse.$Properties
         * @deprecated Use meshbackup.CatalogGetResponse.$Properties instead.
         */

        /**
         * Shape of a CatalogGetResponse.
         * @typedef {meshbackup.CatalogGetResponse.$Properties} meshbackup.CatalogGetResponse.$Shape
         */

        /**
         * Constructs a new CatalogGetResponse.
         * @memberof meshbackup
         * @classdesc Represents a CatalogGetResponse.
         * @constructor
         * @param {meshbackup.CatalogGetResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogGetResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogGetResponse record.
         * @member {meshbackup.CatalogRecord.$Properties|null|undefined} record
         * @memberof meshbackup.CatalogGetResponse
         * @instance
         */
        CatalogGetResponse.prototype.record = null;

        /**
         * Creates a new CatalogGetResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {meshbackup.CatalogGetResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogGetResponse} CatalogGetResponse instance
         * @type {{
         *   (properties: meshbackup.CatalogGetResponse.$Shape): meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape;
         *   (properties?: meshbackup.CatalogGetResponse.$Properties): meshbackup.CatalogGetResponse;
         * }}
         */
        CatalogGetResponse.create = function(properties) {
            return new CatalogGetResponse(properties);
        };

        /**
         * Encodes the specified CatalogGetResponse message. Does not implicitly {@link meshbackup.CatalogGetResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {meshbackup.CatalogGetResponse.$Properties} m CatalogGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogGetResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                $root.meshbackup.CatalogRecord.encode(m.record, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogGetResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogGetResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {meshbackup.CatalogGetResponse.$Properties} message CatalogGetResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogGetResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogGetResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape} CatalogGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogGetResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogGetResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.record = $root.meshbackup.CatalogRecord.decode(r, r.size(), $undefined, q + 1, m.record);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogGetResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape} CatalogGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogGetResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogGetResponse message.
         * @function verify
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogGetResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                {
                    var e = $root.meshbackup.CatalogRecord.verify(m.record, q + 1);
                    if (e)
                        return "record." + e;
                }
            }
            return null;
        };

        /**
         * Creates a CatalogGetResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogGetResponse} CatalogGetResponse
         */
        CatalogGetResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogGetResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogGetResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogGetResponse();
            if (d.record != null) {
                if (!$util.isObject(d.record))
                    throw $TypeError(".meshbackup.CatalogGetResponse.record: object expected");
                m.record = $root.meshbackup.CatalogRecord.fromObject(d.record, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogGetResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {meshbackup.CatalogGetResponse} m CatalogGetResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogGetResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.record = null;
            }
            if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                d.record = $root.meshbackup.CatalogRecord.toObject(m.record, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this CatalogGetResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogGetResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogGetResponse.prototype.toJSON = function() {
            return CatalogGetResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogGetResponse
         * @function getTypeUrl
         * @memberof meshbackup.CatalogGetResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogGetResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogGetResponse";
        };

        return CatalogGetResponse;
    })();

    meshbackup.CatalogPutResponse = (function() {

        /**
         * Properties of a CatalogPutResponse.
         * @typedef {Object} meshbackup.CatalogPutResponse.$Properties
         * @property {boolean|null} [existed] CatalogPutResponse existed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogPutResponse.
         * @memberof meshbackup
         * @interface ICatalogPutResponse
         * @augments meshbackup.CatalogPutResponse.$Properties
         * @deprecated Use meshbackup.CatalogPutResponse.$Properties instead.
         */

        /**
         * Shape of a CatalogPutResponse.
         * @typedef {meshbackup.CatalogPutResponse.$Properties} meshbackup.CatalogPutResponse.$Shape
         */

        /**
         * Constructs a new CatalogPutResponse.
         * @memberof meshbackup
         * @classdesc Represents a CatalogPutResponse.
         * @constructor
         * @param {meshbackup.CatalogPutResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogPutResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogPutResponse existed.
         * @member {boolean} existed
         * @memberof meshbackup.CatalogPutResponse
         * @instance
         */
        CatalogPutResponse.prototype.existed = false;

        /**
         * Creates a new CatalogPutResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {meshbackup.CatalogPutResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogPutResponse} CatalogPutResponse instance
         * @type {{
         *   (properties: meshbackup.CatalogPutResponse.$Shape): meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape;
         *   (properties?: meshbackup.CatalogPutResponse.$Properties): meshbackup.CatalogPutResponse;
         * }}
         */
        CatalogPutResponse.create = function(properties) {
            return new CatalogPutResponse(properties);
        };

        /**
         * Encodes the specified CatalogPutResponse message. Does not implicitly {@link meshbackup.CatalogPutResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {meshbackup.CatalogPutResponse.$Properties} m CatalogPutResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogPutResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed") && m.existed !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.existed);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogPutResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogPutResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {meshbackup.CatalogPutResponse.$Properties} message CatalogPutResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogPutResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogPutResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape} CatalogPutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogPutResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogPutResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.existed = v;
                        else
                            delete m.existed;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogPutResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape} CatalogPutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogPutResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogPutResponse message.
         * @function verify
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogPutResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed")) {
                if (typeof m.existed !== "boolean")
                    return "existed: boolean expected";
            }
            return null;
        };

        /**
         * Creates a CatalogPutResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogPutResponse} CatalogPutResponse
         */
        CatalogPutResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogPutResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogPutResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogPutResponse();
            if (d.existed != null) {
                if (d.existed) {
                    m.existed = $Boolean(d.existed);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogPutResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {meshbackup.CatalogPutResponse} m CatalogPutResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogPutResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.existed = false;
            }
            if (m.existed != null && $Object.hasOwnProperty.call(m, "existed")) {
                d.existed = m.existed;
            }
            return d;
        };

        /**
         * Converts this CatalogPutResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogPutResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogPutResponse.prototype.toJSON = function() {
            return CatalogPutResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogPutResponse
         * @function getTypeUrl
         * @memberof meshbackup.CatalogPutResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogPutResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogPutResponse";
        };

        return CatalogPutResponse;
    })();

    meshbackup.CatalogListEntry = (function() {

        /**
         * Properties of a CatalogListEntry.
         * @typedef {Object} meshbackup.CatalogListEntry.$Properties
         * @property {string|null} [owner] CatalogListEntry owner
         * @property {number|null} [version] CatalogListEntry version
         * @property {number|null} [timeMs] CatalogListEntry timeMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogListEntry.
         * @memberof meshbackup
         * @interface ICatalogListEntry
         * @augments meshbackup.CatalogListEntry.$Properties
         * @deprecated Use meshbackup.CatalogListEntry.$Properties instead.
         */

        /**
         * Shape of a CatalogListEntry.
         * @typedef {meshbackup.CatalogListEntry.$Properties} meshbackup.CatalogListEntry.$Shape
         */

        /**
         * Constructs a new CatalogListEntry.
         * @memberof meshbackup
         * @classdesc Represents a CatalogListEntry.
         * @constructor
         * @param {meshbackup.CatalogListEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogListEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogListEntry owner.
         * @member {string} owner
         * @memberof meshbackup.CatalogListEntry
         * @instance
         */
        CatalogListEntry.prototype.owner = "";

        /**
         * CatalogListEntry version.
         * @member {number} version
         * @memberof meshbackup.CatalogListEntry
         * @instance
         */
        CatalogListEntry.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * CatalogListEntry timeMs.
         * @member {number} timeMs
         * @memberof meshbackup.CatalogListEntry
         * @instance
         */
        CatalogListEntry.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new CatalogListEntry instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {meshbackup.CatalogListEntry.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogListEntry} CatalogListEntry instance
         * @type {{
         *   (properties: meshbackup.CatalogListEntry.$Shape): meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape;
         *   (properties?: meshbackup.CatalogListEntry.$Properties): meshbackup.CatalogListEntry;
         * }}
         */
        CatalogListEntry.create = function(properties) {
            return new CatalogListEntry(properties);
        };

        /**
         * Encodes the specified CatalogListEntry message. Does not implicitly {@link meshbackup.CatalogListEntry.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {meshbackup.CatalogListEntry.$Properties} m CatalogListEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.version);
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.timeMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogListEntry message, length delimited. Does not implicitly {@link meshbackup.CatalogListEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {meshbackup.CatalogListEntry.$Properties} message CatalogListEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogListEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape} CatalogListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogListEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogListEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape} CatalogListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogListEntry message.
         * @function verify
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogListEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                    return "version: integer|Long expected";
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a CatalogListEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogListEntry} CatalogListEntry
         */
        CatalogListEntry.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogListEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogListEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogListEntry();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.version != null) {
                if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, true);
                    else if (typeof d.version === "string")
                        m.version = $parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber(true);
                }
            }
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, false);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogListEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {meshbackup.CatalogListEntry} m CatalogListEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogListEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, true).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === $String ? $String(m.version) : m.version;
                else
                    d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber(true) : m.version;
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
            }
            return d;
        };

        /**
         * Converts this CatalogListEntry to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogListEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogListEntry.prototype.toJSON = function() {
            return CatalogListEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogListEntry
         * @function getTypeUrl
         * @memberof meshbackup.CatalogListEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogListEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogListEntry";
        };

        return CatalogListEntry;
    })();

    meshbackup.CatalogListResponse = (function() {

        /**
         * Properties of a CatalogListResponse.
         * @typedef {Object} meshbackup.CatalogListResponse.$Properties
         * @property {Array.<meshbackup.CatalogListEntry.$Properties>|null} [entries] CatalogListResponse entries
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogListResponse.
         * @memberof meshbackup
         * @interface ICatalogListResponse
         * @augments meshbackup.CatalogListResponse.$Properties
         * @deprecated Use meshbackup.CatalogListResponse.$Properties instead.
         */

        /**
         * Shape of a CatalogListResponse.
         * @typedef {meshbackup.CatalogListResponse.$Properties} meshbackup.CatalogListResponse.$Shape
         */

        /**
         * Constructs a new CatalogListResponse.
         * @memberof meshbackup
         * @classdesc Represents a CatalogListResponse.
         * @constructor
         * @param {meshbackup.CatalogListResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogListResponse = function (p) {
            this.entries = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogListResponse entries.
         * @member {Array.<meshbackup.CatalogListEntry.$Properties>} entries
         * @memberof meshbackup.CatalogListResponse
         * @instance
         */
        CatalogListResponse.prototype.entries = $util.emptyArray;

        /**
         * Creates a new CatalogListResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {meshbackup.CatalogListResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogListResponse} CatalogListResponse instance
         * @type {{
         *   (properties: meshbackup.CatalogListResponse.$Shape): meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape;
         *   (properties?: meshbackup.CatalogListResponse.$Properties): meshbackup.CatalogListResponse;
         * }}
         */
        CatalogListResponse.create = function(properties) {
            return new CatalogListResponse(properties);
        };

        /**
         * Encodes the specified CatalogListResponse message. Does not implicitly {@link meshbackup.CatalogListResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {meshbackup.CatalogListResponse.$Properties} m CatalogListResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.entries != null && m.entries.length) {
                for (var i = 0; i < m.entries.length; ++i)
                    $root.meshbackup.CatalogListEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogListResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogListResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {meshbackup.CatalogListResponse.$Properties} message CatalogListResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogListResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogListResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape} CatalogListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogListResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.entries && m.entries.length))
                            m.entries = [];
                        m.entries.push($root.meshbackup.CatalogListEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogListResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape} CatalogListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogListResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogListResponse message.
         * @function verify
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogListResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.entries != null && $Object.hasOwnProperty.call(m, "entries")) {
                if (!$Array.isArray(m.entries))
                    return "entries: array expected";
                for (var i = 0; i < m.entries.length; ++i) {
                    {
                        var e = $root.meshbackup.CatalogListEntry.verify(m.entries[i], q + 1);
                        if (e)
                            return "entries." + e;
                    }
                }
            }
            return null;
        };

        /**
         * Creates a CatalogListResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogListResponse} CatalogListResponse
         */
        CatalogListResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogListResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogListResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogListResponse();
            if (d.entries) {
                if (!$Array.isArray(d.entries))
                    throw $TypeError(".meshbackup.CatalogListResponse.entries: array expected");
                m.entries = $Array(d.entries.length);
                for (var i = 0; i < d.entries.length; ++i) {
                    if (!$util.isObject(d.entries[i]))
                        throw $TypeError(".meshbackup.CatalogListResponse.entries: object expected");
                    m.entries[i] = $root.meshbackup.CatalogListEntry.fromObject(d.entries[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogListResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {meshbackup.CatalogListResponse} m CatalogListResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogListResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.entries = [];
            }
            if (m.entries && m.entries.length) {
                d.entries = $Array(m.entries.length);
                for (var j = 0; j < m.entries.length; ++j) {
                    d.entries[j] = $root.meshbackup.CatalogListEntry.toObject(m.entries[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this CatalogListResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogListResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogListResponse.prototype.toJSON = function() {
            return CatalogListResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogListResponse
         * @function getTypeUrl
         * @memberof meshbackup.CatalogListResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogListResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogListResponse";
        };

        return CatalogListResponse;
    })();

    meshbackup.CatalogResponse = (function() {

        /**
         * Properties of a CatalogResponse.
         * @typedef {Object} meshbackup.CatalogResponse.$Properties
         * @property {meshbackup.WireError.$Properties|null} [error] CatalogResponse error
         * @property {meshbackup.CatalogGetResponse.$Properties|null} [get] CatalogResponse get
         * @property {meshbackup.CatalogPutResponse.$Properties|null} [put] CatalogResponse put
         * @property {meshbackup.CatalogListResponse.$Properties|null} [list] CatalogResponse list
         * @property {"error"|"get"|"put"|"list"} [result] CatalogResponse result
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CatalogResponse.
         * @memberof meshbackup
         * @interface ICatalogResponse
         * @augments meshbackup.CatalogResponse.$Properties
         * @deprecated Use meshbackup.CatalogResponse.$Properties instead.
         */

        /**
         * Narrowed shape of a CatalogResponse.
         * @typedef {{
         *   error?: meshbackup.WireError.$Shape|null;
         *   get?: meshbackup.CatalogGetResponse.$Shape|null;
         *   put?: meshbackup.CatalogPutResponse.$Shape|null;
         *   list?: meshbackup.CatalogListResponse.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ result?: undefined; error?: null; get?: null; put?: null; list?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; get?: null; put?: null; list?: null }|{ result?: "get"; error?: null; get: meshbackup.CatalogGetResponse.$Shape; put?: null; list?: null }|{ result?: "put"; error?: null; get?: null; put: meshbackup.CatalogPutResponse.$Shape; list?: null }|{ result?: "list"; error?: null; get?: null; put?: null; list: meshbackup.CatalogListResponse.$Shape })
         * )} meshbackup.CatalogResponse.$Shape
         */

        /**
         * Constructs a new CatalogResponse.
         * @memberof meshbackup
         * @classdesc Represents a CatalogResponse.
         * @constructor
         * @param {meshbackup.CatalogResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CatalogResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CatalogResponse error.
         * @member {meshbackup.WireError.$Properties|null|undefined} error
         * @memberof meshbackup.CatalogResponse
         * @instance
         */
        CatalogResponse.prototype.error = null;

        /**
         * CatalogResponse get.
         * @member {meshbackup.CatalogGetResponse.$Properties|null|undefined} get
         * @memberof meshbackup.CatalogResponse
         * @instance
         */
        CatalogResponse.prototype.get = null;

        /**
         * CatalogResponse put.
         * @member {meshbackup.CatalogPutResponse.$Properties|null|undefined} put
         * @memberof meshbackup.CatalogResponse
         * @instance
         */
        CatalogResponse.prototype.put = null;

        /**
         * CatalogResponse list.
         * @member {meshbackup.CatalogListResponse.$Properties|null|undefined} list
         * @memberof meshbackup.CatalogResponse
         * @instance
         */
        CatalogResponse.prototype.list = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * CatalogResponse result.
         * @member {"error"|"get"|"put"|"list"|undefined} result
         * @memberof meshbackup.CatalogResponse
         * @instance
         */
        $Object.defineProperty(CatalogResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["error", "get", "put", "list"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new CatalogResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {meshbackup.CatalogResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.CatalogResponse} CatalogResponse instance
         * @type {{
         *   (properties: meshbackup.CatalogResponse.$Shape): meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape;
         *   (properties?: meshbackup.CatalogResponse.$Properties): meshbackup.CatalogResponse;
         * }}
         */
        CatalogResponse.create = function(properties) {
            return new CatalogResponse(properties);
        };

        /**
         * Encodes the specified CatalogResponse message. Does not implicitly {@link meshbackup.CatalogResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {meshbackup.CatalogResponse.$Properties} m CatalogResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                $root.meshbackup.WireError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                $root.meshbackup.CatalogGetResponse.encode(m.get, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.put != null && $Object.hasOwnProperty.call(m, "put"))
                $root.meshbackup.CatalogPutResponse.encode(m.put, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.list != null && $Object.hasOwnProperty.call(m, "list"))
                $root.meshbackup.CatalogListResponse.encode(m.list, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CatalogResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {meshbackup.CatalogResponse.$Properties} message CatalogResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CatalogResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CatalogResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape} CatalogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.CatalogResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.error = $root.meshbackup.WireError.decode(r, r.size(), $undefined, q + 1, m.error);
                        m.result = "error";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.get = $root.meshbackup.CatalogGetResponse.decode(r, r.size(), $undefined, q + 1, m.get);
                        m.result = "get";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.put = $root.meshbackup.CatalogPutResponse.decode(r, r.size(), $undefined, q + 1, m.put);
                        m.result = "put";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.list = $root.meshbackup.CatalogListResponse.decode(r, r.size(), $undefined, q + 1, m.list);
                        m.result = "list";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a CatalogResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape} CatalogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CatalogResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a CatalogResponse message.
         * @function verify
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        CatalogResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                p.result = 1;
                {
                    var e = $root.meshbackup.WireError.verify(m.error, q + 1);
                    if (e)
                        return "error." + e;
                }
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.CatalogGetResponse.verify(m.get, q + 1);
                    if (e)
                        return "get." + e;
                }
            }
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.CatalogPutResponse.verify(m.put, q + 1);
                    if (e)
                        return "put." + e;
                }
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.CatalogListResponse.verify(m.list, q + 1);
                    if (e)
                        return "list." + e;
                }
            }
            return null;
        };

        /**
         * Creates a CatalogResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.CatalogResponse} CatalogResponse
         */
        CatalogResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.CatalogResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.CatalogResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.CatalogResponse();
            if (d.error != null) {
                if (!$util.isObject(d.error))
                    throw $TypeError(".meshbackup.CatalogResponse.error: object expected");
                m.error = $root.meshbackup.WireError.fromObject(d.error, q + 1);
            }
            if (d.get != null) {
                if (!$util.isObject(d.get))
                    throw $TypeError(".meshbackup.CatalogResponse.get: object expected");
                m.get = $root.meshbackup.CatalogGetResponse.fromObject(d.get, q + 1);
            }
            if (d.put != null) {
                if (!$util.isObject(d.put))
                    throw $TypeError(".meshbackup.CatalogResponse.put: object expected");
                m.put = $root.meshbackup.CatalogPutResponse.fromObject(d.put, q + 1);
            }
            if (d.list != null) {
                if (!$util.isObject(d.list))
                    throw $TypeError(".meshbackup.CatalogResponse.list: object expected");
                m.list = $root.meshbackup.CatalogListResponse.fromObject(d.list, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a CatalogResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {meshbackup.CatalogResponse} m CatalogResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CatalogResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = $root.meshbackup.WireError.toObject(m.error, o, q + 1);
                if (o.oneofs)
                    d.result = "error";
            }
            if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                d.get = $root.meshbackup.CatalogGetResponse.toObject(m.get, o, q + 1);
                if (o.oneofs)
                    d.result = "get";
            }
            if (m.put != null && $Object.hasOwnProperty.call(m, "put")) {
                d.put = $root.meshbackup.CatalogPutResponse.toObject(m.put, o, q + 1);
                if (o.oneofs)
                    d.result = "put";
            }
            if (m.list != null && $Object.hasOwnProperty.call(m, "list")) {
                d.list = $root.meshbackup.CatalogListResponse.toObject(m.list, o, q + 1);
                if (o.oneofs)
                    d.result = "list";
            }
            return d;
        };

        /**
         * Converts this CatalogResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.CatalogResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CatalogResponse.prototype.toJSON = function() {
            return CatalogResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CatalogResponse
         * @function getTypeUrl
         * @memberof meshbackup.CatalogResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CatalogResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.CatalogResponse";
        };

        return CatalogResponse;
    })();

    meshbackup.StatusRequest = (function() {

        /**
         * Properties of a StatusRequest.
         * @typedef {Object} meshbackup.StatusRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusRequest.
         * @memberof meshbackup
         * @interface IStatusRequest
         * @augments meshbackup.StatusRequest.$Properties
         * @deprecated Use meshbackup.StatusRequest.$Properties instead.
         */

        /**
         * Shape of a StatusRequest.
         * @typedef {meshbackup.StatusRequest.$Properties} meshbackup.StatusRequest.$Shape
         */

        /**
         * Constructs a new StatusRequest.
         * @memberof meshbackup
         * @classdesc Represents a StatusRequest.
         * @constructor
         * @param {meshbackup.StatusRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.StatusRequest} StatusRequest instance
         * @type {{
         *   (properties: meshbackup.StatusRequest.$Shape): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;
         *   (properties?: meshbackup.StatusRequest.$Properties): meshbackup.StatusRequest;
         * }}
         */
        StatusRequest.create = function(properties) {
            return new StatusRequest(properties);
        };

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest.$Properties} m StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest.$Properties} message StatusRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.StatusRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatusRequest message.
         * @function verify
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.StatusRequest} StatusRequest
         */
        StatusRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.StatusRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.StatusRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.meshbackup.StatusRequest();
        };

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {meshbackup.StatusRequest} m StatusRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this StatusRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.StatusRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusRequest.prototype.toJSON = function() {
            return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatusRequest
         * @function getTypeUrl
         * @memberof meshbackup.StatusRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatusRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.StatusRequest";
        };

        return StatusRequest;
    })();

    meshbackup.OwnerShards = (function() {

        /**
         * Properties of an OwnerShards.
         * @typedef {Object} meshbackup.OwnerShards.$Properties
         * @property {string|null} [owner] OwnerShards owner
         * @property {number|null} [shards] OwnerShards shards
         * @property {number|null} [bytes] OwnerShards bytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OwnerShards.
         * @memberof meshbackup
         * @interface IOwnerShards
         * @augments meshbackup.OwnerShards.$Properties
         * @deprecated Use meshbackup.OwnerShards.$Properties instead.
         */

        /**
         * Shape of an OwnerShards.
         * @typedef {meshbackup.OwnerShards.$Properties} meshbackup.OwnerShards.$Shape
         */

        /**
         * Constructs a new OwnerShards.
         * @memberof meshbackup
         * @classdesc Represents an OwnerShards.
         * @constructor
         * @param {meshbackup.OwnerShards.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OwnerShards = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * OwnerShards owner.
         * @member {string} owner
         * @memberof meshbackup.OwnerShards
         * @instance
         */
        OwnerShards.prototype.owner = "";

        /**
         * OwnerShards shards.
         * @member {number} shards
         * @memberof meshbackup.OwnerShards
         * @instance
         */
        OwnerShards.prototype.shards = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * OwnerShards bytes.
         * @member {number} bytes
         * @memberof meshbackup.OwnerShards
         * @instance
         */
        OwnerShards.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new OwnerShards instance using the specified properties.
         * @function create
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {meshbackup.OwnerShards.$Properties=} [properties] Properties to set
         * @returns {meshbackup.OwnerShards} OwnerShards instance
         * @type {{
         *   (properties: meshbackup.OwnerShards.$Shape): meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape;
         *   (properties?: meshbackup.OwnerShards.$Properties): meshbackup.OwnerShards;
         * }}
         */
        OwnerShards.create = function(properties) {
            return new OwnerShards(properties);
        };

        /**
         * Encodes the specified OwnerShards message. Does not implicitly {@link meshbackup.OwnerShards.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {meshbackup.OwnerShards.$Properties} m OwnerShards message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OwnerShards.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards") && (typeof m.shards === "object" ? m.shards.low || m.shards.high : m.shards !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.shards);
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes") && (typeof m.bytes === "object" ? m.bytes.low || m.bytes.high : m.bytes !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.bytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified OwnerShards message, length delimited. Does not implicitly {@link meshbackup.OwnerShards.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {meshbackup.OwnerShards.$Properties} message OwnerShards message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OwnerShards.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OwnerShards message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape} OwnerShards
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OwnerShards.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.OwnerShards();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.shards = v;
                        else
                            delete m.shards;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.bytes = v;
                        else
                            delete m.bytes;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an OwnerShards message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape} OwnerShards
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OwnerShards.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OwnerShards message.
         * @function verify
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OwnerShards.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                if (!$util.isInteger(m.shards) && !(m.shards && $util.isInteger(m.shards.low) && $util.isInteger(m.shards.high)))
                    return "shards: integer|Long expected";
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (!$util.isInteger(m.bytes) && !(m.bytes && $util.isInteger(m.bytes.low) && $util.isInteger(m.bytes.high)))
                    return "bytes: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an OwnerShards message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.OwnerShards} OwnerShards
         */
        OwnerShards.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.OwnerShards)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.OwnerShards: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.OwnerShards();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.shards != null) {
                if (typeof d.shards === "object" ? d.shards.low || d.shards.high : $Number(d.shards) !== 0) {
                    if ($util.Long)
                        m.shards = $util.Long.fromValue(d.shards, true);
                    else if (typeof d.shards === "string")
                        m.shards = $parseInt(d.shards, 10);
                    else if (typeof d.shards === "number")
                        m.shards = d.shards;
                    else if (typeof d.shards === "object")
                        m.shards = new $util.LongBits(d.shards.low >>> 0, d.shards.high >>> 0).toNumber(true);
                }
            }
            if (d.bytes != null) {
                if (typeof d.bytes === "object" ? d.bytes.low || d.bytes.high : $Number(d.bytes) !== 0) {
                    if ($util.Long)
                        m.bytes = $util.Long.fromValue(d.bytes, true);
                    else if (typeof d.bytes === "string")
                        m.bytes = $parseInt(d.bytes, 10);
                    else if (typeof d.bytes === "number")
                        m.bytes = d.bytes;
                    else if (typeof d.bytes === "object")
                        m.bytes = new $util.LongBits(d.bytes.low >>> 0, d.bytes.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an OwnerShards message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {meshbackup.OwnerShards} m OwnerShards
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OwnerShards.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.shards = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.shards = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.bytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.bytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.shards = typeof m.shards === "number" ? $BigInt(m.shards) : $util.Long.fromBits(m.shards.low >>> 0, m.shards.high >>> 0, true).toBigInt();
                else if (typeof m.shards === "number")
                    d.shards = o.longs === $String ? $String(m.shards) : m.shards;
                else
                    d.shards = o.longs === $String ? $util.Long.prototype.toString.call(m.shards) : o.longs === $Number ? new $util.LongBits(m.shards.low >>> 0, m.shards.high >>> 0).toNumber(true) : m.shards;
            }
            if (m.bytes != null && $Object.hasOwnProperty.call(m, "bytes")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.bytes = typeof m.bytes === "number" ? $BigInt(m.bytes) : $util.Long.fromBits(m.bytes.low >>> 0, m.bytes.high >>> 0, true).toBigInt();
                else if (typeof m.bytes === "number")
                    d.bytes = o.longs === $String ? $String(m.bytes) : m.bytes;
                else
                    d.bytes = o.longs === $String ? $util.Long.prototype.toString.call(m.bytes) : o.longs === $Number ? new $util.LongBits(m.bytes.low >>> 0, m.bytes.high >>> 0).toNumber(true) : m.bytes;
            }
            return d;
        };

        /**
         * Converts this OwnerShards to JSON.
         * @function toJSON
         * @memberof meshbackup.OwnerShards
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OwnerShards.prototype.toJSON = function() {
            return OwnerShards.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OwnerShards
         * @function getTypeUrl
         * @memberof meshbackup.OwnerShards
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OwnerShards.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.OwnerShards";
        };

        return OwnerShards;
    })();

    meshbackup.PeerSeen = (function() {

        /**
         * Properties of a PeerSeen.
         * @typedef {Object} meshbackup.PeerSeen.$Properties
         * @property {string|null} [peerId] PeerSeen peerId
         * @property {string|null} [site] PeerSeen site
         * @property {string|null} [media] PeerSeen media
         * @property {boolean|null} [up] PeerSeen up
         * @property {number|null} [capacity] PeerSeen capacity
         * @property {number|null} [used] PeerSeen used
         * @property {number|null} [lastSeenMs] PeerSeen lastSeenMs
         * @property {Array.<string>|null} [addrs] PeerSeen addrs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerSeen.
         * @memberof meshbackup
         * @interface IPeerSeen
         * @augments meshbackup.PeerSeen.$Properties
         * @deprecated Use meshbackup.PeerSeen.$Properties instead.
         */

        /**
         * Shape of a PeerSeen.
         * @typedef {meshbackup.PeerSeen.$Properties} meshbackup.PeerSeen.$Shape
         */

        /**
         * Constructs a new PeerSeen.
         * @memberof meshbackup
         * @classdesc Represents a PeerSeen.
         * @constructor
         * @param {meshbackup.PeerSeen.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerSeen = function (p) {
            this.addrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PeerSeen peerId.
         * @member {string} peerId
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.peerId = "";

        /**
         * PeerSeen site.
         * @member {string} site
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.site = "";

        /**
         * PeerSeen media.
         * @member {string} media
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.media = "";

        /**
         * PeerSeen up.
         * @member {boolean} up
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.up = false;

        /**
         * PeerSeen capacity.
         * @member {number} capacity
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.capacity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerSeen used.
         * @member {number} used
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerSeen lastSeenMs.
         * @member {number} lastSeenMs
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PeerSeen addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.PeerSeen
         * @instance
         */
        PeerSeen.prototype.addrs = $util.emptyArray;

        /**
         * Creates a new PeerSeen instance using the specified properties.
         * @function create
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {meshbackup.PeerSeen.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PeerSeen} PeerSeen instance
         * @type {{
         *   (properties: meshbackup.PeerSeen.$Shape): meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape;
         *   (properties?: meshbackup.PeerSeen.$Properties): meshbackup.PeerSeen;
         * }}
         */
        PeerSeen.create = function(properties) {
            return new PeerSeen(properties);
        };

        /**
         * Encodes the specified PeerSeen message. Does not implicitly {@link meshbackup.PeerSeen.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {meshbackup.PeerSeen.$Properties} m PeerSeen message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerSeen.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.media);
            if (m.up != null && $Object.hasOwnProperty.call(m, "up") && m.up !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.up);
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && (typeof m.capacity === "object" ? m.capacity.low || m.capacity.high : m.capacity !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.capacity);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && (typeof m.used === "object" ? m.used.low || m.used.high : m.used !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.used);
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs") && (typeof m.lastSeenMs === "object" ? m.lastSeenMs.low || m.lastSeenMs.high : m.lastSeenMs !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).int64(m.lastSeenMs);
            if (m.addrs != null && m.addrs.length) {
                for (var i = 0; i < m.addrs.length; ++i)
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.addrs[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PeerSeen message, length delimited. Does not implicitly {@link meshbackup.PeerSeen.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {meshbackup.PeerSeen.$Properties} message PeerSeen message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerSeen.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PeerSeen message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape} PeerSeen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerSeen.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.PeerSeen();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.site = v;
                        else
                            delete m.site;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.media = v;
                        else
                            delete m.media;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.up = v;
                        else
                            delete m.up;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.capacity = v;
                        else
                            delete m.capacity;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastSeenMs = v;
                        else
                            delete m.lastSeenMs;
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.addrs && m.addrs.length))
                            m.addrs = [];
                        m.addrs.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PeerSeen message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape} PeerSeen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerSeen.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PeerSeen message.
         * @function verify
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PeerSeen.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                if (!$util.isString(m.site))
                    return "site: string expected";
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                if (!$util.isString(m.media))
                    return "media: string expected";
            }
            if (m.up != null && $Object.hasOwnProperty.call(m, "up")) {
                if (typeof m.up !== "boolean")
                    return "up: boolean expected";
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (!$util.isInteger(m.capacity) && !(m.capacity && $util.isInteger(m.capacity.low) && $util.isInteger(m.capacity.high)))
                    return "capacity: integer|Long expected";
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (!$util.isInteger(m.used) && !(m.used && $util.isInteger(m.used.low) && $util.isInteger(m.used.high)))
                    return "used: integer|Long expected";
            }
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                if (!$util.isInteger(m.lastSeenMs) && !(m.lastSeenMs && $util.isInteger(m.lastSeenMs.low) && $util.isInteger(m.lastSeenMs.high)))
                    return "lastSeenMs: integer|Long expected";
            }
            if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                if (!$Array.isArray(m.addrs))
                    return "addrs: array expected";
                for (var i = 0; i < m.addrs.length; ++i) {
                    if (!$util.isString(m.addrs[i]))
                        return "addrs: string[] expected";
                }
            }
            return null;
        };

        /**
         * Creates a PeerSeen message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.PeerSeen} PeerSeen
         */
        PeerSeen.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.PeerSeen)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.PeerSeen: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.PeerSeen();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.site != null) {
                if (typeof d.site !== "string" || d.site.length) {
                    m.site = $String(d.site);
                }
            }
            if (d.media != null) {
                if (typeof d.media !== "string" || d.media.length) {
                    m.media = $String(d.media);
                }
            }
            if (d.up != null) {
                if (d.up) {
                    m.up = $Boolean(d.up);
                }
            }
            if (d.capacity != null) {
                if (typeof d.capacity === "object" ? d.capacity.low || d.capacity.high : $Number(d.capacity) !== 0) {
                    if ($util.Long)
                        m.capacity = $util.Long.fromValue(d.capacity, true);
                    else if (typeof d.capacity === "string")
                        m.capacity = $parseInt(d.capacity, 10);
                    else if (typeof d.capacity === "number")
                        m.capacity = d.capacity;
                    else if (typeof d.capacity === "object")
                        m.capacity = new $util.LongBits(d.capacity.low >>> 0, d.capacity.high >>> 0).toNumber(true);
                }
            }
            if (d.used != null) {
                if (typeof d.used === "object" ? d.used.low || d.used.high : $Number(d.used) !== 0) {
                    if ($util.Long)
                        m.used = $util.Long.fromValue(d.used, true);
                    else if (typeof d.used === "string")
                        m.used = $parseInt(d.used, 10);
                    else if (typeof d.used === "number")
                        m.used = d.used;
                    else if (typeof d.used === "object")
                        m.used = new $util.LongBits(d.used.low >>> 0, d.used.high >>> 0).toNumber(true);
                }
            }
            if (d.lastSeenMs != null) {
                if (typeof d.lastSeenMs === "object" ? d.lastSeenMs.low || d.lastSeenMs.high : $Number(d.lastSeenMs) !== 0) {
                    if ($util.Long)
                        m.lastSeenMs = $util.Long.fromValue(d.lastSeenMs, false);
                    else if (typeof d.lastSeenMs === "string")
                        m.lastSeenMs = $parseInt(d.lastSeenMs, 10);
                    else if (typeof d.lastSeenMs === "number")
                        m.lastSeenMs = d.lastSeenMs;
                    else if (typeof d.lastSeenMs === "object")
                        m.lastSeenMs = new $util.LongBits(d.lastSeenMs.low >>> 0, d.lastSeenMs.high >>> 0).toNumber();
                }
            }
            if (d.addrs) {
                if (!$Array.isArray(d.addrs))
                    throw $TypeError(".meshbackup.PeerSeen.addrs: array expected");
                m.addrs = $Array(d.addrs.length);
                for (var i = 0; i < d.addrs.length; ++i) {
                    m.addrs[i] = $String(d.addrs[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PeerSeen message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {meshbackup.PeerSeen} m PeerSeen
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PeerSeen.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.addrs = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.site = "";
                d.media = "";
                d.up = false;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.capacity = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.capacity = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.used = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.used = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                d.site = m.site;
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                d.media = m.media;
            }
            if (m.up != null && $Object.hasOwnProperty.call(m, "up")) {
                d.up = m.up;
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.capacity = typeof m.capacity === "number" ? $BigInt(m.capacity) : $util.Long.fromBits(m.capacity.low >>> 0, m.capacity.high >>> 0, true).toBigInt();
                else if (typeof m.capacity === "number")
                    d.capacity = o.longs === $String ? $String(m.capacity) : m.capacity;
                else
                    d.capacity = o.longs === $String ? $util.Long.prototype.toString.call(m.capacity) : o.longs === $Number ? new $util.LongBits(m.capacity.low >>> 0, m.capacity.high >>> 0).toNumber(true) : m.capacity;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.used = typeof m.used === "number" ? $BigInt(m.used) : $util.Long.fromBits(m.used.low >>> 0, m.used.high >>> 0, true).toBigInt();
                else if (typeof m.used === "number")
                    d.used = o.longs === $String ? $String(m.used) : m.used;
                else
                    d.used = o.longs === $String ? $util.Long.prototype.toString.call(m.used) : o.longs === $Number ? new $util.LongBits(m.used.low >>> 0, m.used.high >>> 0).toNumber(true) : m.used;
            }
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastSeenMs = typeof m.lastSeenMs === "number" ? $BigInt(m.lastSeenMs) : $util.Long.fromBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastSeenMs === "number")
                    d.lastSeenMs = o.longs === $String ? $String(m.lastSeenMs) : m.lastSeenMs;
                else
                    d.lastSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0).toNumber() : m.lastSeenMs;
            }
            if (m.addrs && m.addrs.length) {
                d.addrs = $Array(m.addrs.length);
                for (var j = 0; j < m.addrs.length; ++j) {
                    d.addrs[j] = m.addrs[j];
                }
            }
            return d;
        };

        /**
         * Converts this PeerSeen to JSON.
         * @function toJSON
         * @memberof meshbackup.PeerSeen
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PeerSeen.prototype.toJSON = function() {
            return PeerSeen.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PeerSeen
         * @function getTypeUrl
         * @memberof meshbackup.PeerSeen
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PeerSeen.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.PeerSeen";
        };

        return PeerSeen;
    })();

    meshbackup.AgentStatus = (function() {

        /**
         * Properties of an AgentStatus.
         * @typedef {Object} meshbackup.AgentStatus.$Properties
         * @property {string|null} [peerId] AgentStatus peerId
         * @property {string|null} [site] AgentStatus site
         * @property {string|null} [media] AgentStatus media
         * @property {number|null} [capacity] AgentStatus capacity
         * @property {number|null} [used] AgentStatus used
         * @property {number|null} [free] AgentStatus free
         * @property {Array.<meshbackup.OwnerShards.$Properties>|null} [shardsPerOwner] AgentStatus shardsPerOwner
         * @property {Array.<meshbackup.PeerSeen.$Properties>|null} [peers] AgentStatus peers
         * @property {string|null} [version] AgentStatus version
         * @property {number|null} [uptimeMs] AgentStatus uptimeMs
         * @property {number|null} [lastBackupMs] AgentStatus lastBackupMs
         * @property {Array.<string>|null} [addrs] AgentStatus addrs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AgentStatus.
         * @memberof meshbackup
         * @interface IAgentStatus
         * @augments meshbackup.AgentStatus.$Properties
         * @deprecated Use meshbackup.AgentStatus.$Properties instead.
         */

        /**
         * Shape of an AgentStatus.
         * @typedef {meshbackup.AgentStatus.$Properties} meshbackup.AgentStatus.$Shape
         */

        /**
         * Constructs a new AgentStatus.
         * @memberof meshbackup
         * @classdesc Represents an AgentStatus.
         * @constructor
         * @param {meshbackup.AgentStatus.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AgentStatus = function (p) {
            this.shardsPerOwner = [];
            this.peers = [];
            this.addrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AgentStatus peerId.
         * @member {string} peerId
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.peerId = "";

        /**
         * AgentStatus site.
         * @member {string} site
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.site = "";

        /**
         * AgentStatus media.
         * @member {string} media
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.media = "";

        /**
         * AgentStatus capacity.
         * @member {number} capacity
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.capacity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AgentStatus used.
         * @member {number} used
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AgentStatus free.
         * @member {number} free
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AgentStatus shardsPerOwner.
         * @member {Array.<meshbackup.OwnerShards.$Properties>} shardsPerOwner
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.shardsPerOwner = $util.emptyArray;

        /**
         * AgentStatus peers.
         * @member {Array.<meshbackup.PeerSeen.$Properties>} peers
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.peers = $util.emptyArray;

        /**
         * AgentStatus version.
         * @member {string} version
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.version = "";

        /**
         * AgentStatus uptimeMs.
         * @member {number} uptimeMs
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AgentStatus lastBackupMs.
         * @member {number} lastBackupMs
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.lastBackupMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AgentStatus addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.AgentStatus
         * @instance
         */
        AgentStatus.prototype.addrs = $util.emptyArray;

        /**
         * Creates a new AgentStatus instance using the specified properties.
         * @function create
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {meshbackup.AgentStatus.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AgentStatus} AgentStatus instance
         * @type {{
         *   (properties: meshbackup.AgentStatus.$Shape): meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape;
         *   (properties?: meshbackup.AgentStatus.$Properties): meshbackup.AgentStatus;
         * }}
         */
        AgentStatus.create = function(properties) {
            return new AgentStatus(properties);
        };

        /**
         * Encodes the specified AgentStatus message. Does not implicitly {@link meshbackup.AgentStatus.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {meshbackup.AgentStatus.$Properties} m AgentStatus message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AgentStatus.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.media);
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && (typeof m.capacity === "object" ? m.capacity.low || m.capacity.high : m.capacity !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.capacity);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && (typeof m.used === "object" ? m.used.low || m.used.high : m.used !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.used);
            if (m.free != null && $Object.hasOwnProperty.call(m, "free") && (typeof m.free === "object" ? m.free.low || m.free.high : m.free !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.free);
            if (m.shardsPerOwner != null && m.shardsPerOwner.length) {
                for (var i = 0; i < m.shardsPerOwner.length; ++i)
                    $root.meshbackup.OwnerShards.encode(m.shardsPerOwner[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            }
            if (m.peers != null && m.peers.length) {
                for (var i = 0; i < m.peers.length; ++i)
                    $root.meshbackup.PeerSeen.encode(m.peers[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(/* id 9, wireType 2 =*/74).string(m.version);
            if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs") && (typeof m.uptimeMs === "object" ? m.uptimeMs.low || m.uptimeMs.high : m.uptimeMs !== 0))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.uptimeMs);
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs") && (typeof m.lastBackupMs === "object" ? m.lastBackupMs.low || m.lastBackupMs.high : m.lastBackupMs !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).int64(m.lastBackupMs);
            if (m.addrs != null && m.addrs.length) {
                for (var i = 0; i < m.addrs.length; ++i)
                    w.uint32(/* id 12, wireType 2 =*/98).string(m.addrs[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AgentStatus message, length delimited. Does not implicitly {@link meshbackup.AgentStatus.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {meshbackup.AgentStatus.$Properties} message AgentStatus message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AgentStatus.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AgentStatus message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape} AgentStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AgentStatus.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.AgentStatus();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.site = v;
                        else
                            delete m.site;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.media = v;
                        else
                            delete m.media;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.capacity = v;
                        else
                            delete m.capacity;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.free = v;
                        else
                            delete m.free;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if (!(m.shardsPerOwner && m.shardsPerOwner.length))
                            m.shardsPerOwner = [];
                        m.shardsPerOwner.push($root.meshbackup.OwnerShards.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        if (!(m.peers && m.peers.length))
                            m.peers = [];
                        m.peers.push($root.meshbackup.PeerSeen.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.uptimeMs = v;
                        else
                            delete m.uptimeMs;
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastBackupMs = v;
                        else
                            delete m.lastBackupMs;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if (!(m.addrs && m.addrs.length))
                            m.addrs = [];
                        m.addrs.push(r.stringVerify());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an AgentStatus message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape} AgentStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AgentStatus.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AgentStatus message.
         * @function verify
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AgentStatus.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                if (!$util.isString(m.site))
                    return "site: string expected";
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                if (!$util.isString(m.media))
                    return "media: string expected";
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (!$util.isInteger(m.capacity) && !(m.capacity && $util.isInteger(m.capacity.low) && $util.isInteger(m.capacity.high)))
                    return "capacity: integer|Long expected";
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (!$util.isInteger(m.used) && !(m.used && $util.isInteger(m.used.low) && $util.isInteger(m.used.high)))
                    return "used: integer|Long expected";
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (!$util.isInteger(m.free) && !(m.free && $util.isInteger(m.free.low) && $util.isInteger(m.free.high)))
                    return "free: integer|Long expected";
            }
            if (m.shardsPerOwner != null && $Object.hasOwnProperty.call(m, "shardsPerOwner")) {
                if (!$Array.isArray(m.shardsPerOwner))
                    return "shardsPerOwner: array expected";
                for (var i = 0; i < m.shardsPerOwner.length; ++i) {
                    {
                        var e = $root.meshbackup.OwnerShards.verify(m.shardsPerOwner[i], q + 1);
                        if (e)
                            return "shardsPerOwner." + e;
                    }
                }
            }
            if (m.peers != null && $Object.hasOwnProperty.call(m, "peers")) {
                if (!$Array.isArray(m.peers))
                    return "peers: array expected";
                for (var i = 0; i < m.peers.length; ++i) {
                    {
                        var e = $root.meshbackup.PeerSeen.verify(m.peers[i], q + 1);
                        if (e)
                            return "peers." + e;
                    }
                }
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isString(m.version))
                    return "version: string expected";
            }
            if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                if (!$util.isInteger(m.uptimeMs) && !(m.uptimeMs && $util.isInteger(m.uptimeMs.low) && $util.isInteger(m.uptimeMs.high)))
                    return "uptimeMs: integer|Long expected";
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (!$util.isInteger(m.lastBackupMs) && !(m.lastBackupMs && $util.isInteger(m.lastBackupMs.low) && $util.isInteger(m.lastBackupMs.high)))
                    return "lastBackupMs: integer|Long expected";
            }
            if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                if (!$Array.isArray(m.addrs))
                    return "addrs: array expected";
                for (var i = 0; i < m.addrs.length; ++i) {
                    if (!$util.isString(m.addrs[i]))
                        return "addrs: string[] expected";
                }
            }
            return null;
        };

        /**
         * Creates an AgentStatus message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.AgentStatus} AgentStatus
         */
        AgentStatus.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.AgentStatus)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.AgentStatus: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.AgentStatus();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.site != null) {
                if (typeof d.site !== "string" || d.site.length) {
                    m.site = $String(d.site);
                }
            }
            if (d.media != null) {
                if (typeof d.media !== "string" || d.media.length) {
                    m.media = $String(d.media);
                }
            }
            if (d.capacity != null) {
                if (typeof d.capacity === "object" ? d.capacity.low || d.capacity.high : $Number(d.capacity) !== 0) {
                    if ($util.Long)
                        m.capacity = $util.Long.fromValue(d.capacity, true);
                    else if (typeof d.capacity === "string")
                        m.capacity = $parseInt(d.capacity, 10);
                    else if (typeof d.capacity === "number")
                        m.capacity = d.capacity;
                    else if (typeof d.capacity === "object")
                        m.capacity = new $util.LongBits(d.capacity.low >>> 0, d.capacity.high >>> 0).toNumber(true);
                }
            }
            if (d.used != null) {
                if (typeof d.used === "object" ? d.used.low || d.used.high : $Number(d.used) !== 0) {
                    if ($util.Long)
                        m.used = $util.Long.fromValue(d.used, true);
                    else if (typeof d.used === "string")
                        m.used = $parseInt(d.used, 10);
                    else if (typeof d.used === "number")
                        m.used = d.used;
                    else if (typeof d.used === "object")
                        m.used = new $util.LongBits(d.used.low >>> 0, d.used.high >>> 0).toNumber(true);
                }
            }
            if (d.free != null) {
                if (typeof d.free === "object" ? d.free.low || d.free.high : $Number(d.free) !== 0) {
                    if ($util.Long)
                        m.free = $util.Long.fromValue(d.free, true);
                    else if (typeof d.free === "string")
                        m.free = $parseInt(d.free, 10);
                    else if (typeof d.free === "number")
                        m.free = d.free;
                    else if (typeof d.free === "object")
                        m.free = new $util.LongBits(d.free.low >>> 0, d.free.high >>> 0).toNumber(true);
                }
            }
            if (d.shardsPerOwner) {
                if (!$Array.isArray(d.shardsPerOwner))
                    throw $TypeError(".meshbackup.AgentStatus.shardsPerOwner: array expected");
                m.shardsPerOwner = $Array(d.shardsPerOwner.length);
                for (var i = 0; i < d.shardsPerOwner.length; ++i) {
                    if (!$util.isObject(d.shardsPerOwner[i]))
                        throw $TypeError(".meshbackup.AgentStatus.shardsPerOwner: object expected");
                    m.shardsPerOwner[i] = $root.meshbackup.OwnerShards.fromObject(d.shardsPerOwner[i], q + 1);
                }
            }
            if (d.peers) {
                if (!$Array.isArray(d.peers))
                    throw $TypeError(".meshbackup.AgentStatus.peers: array expected");
                m.peers = $Array(d.peers.length);
                for (var i = 0; i < d.peers.length; ++i) {
                    if (!$util.isObject(d.peers[i]))
                        throw $TypeError(".meshbackup.AgentStatus.peers: object expected");
                    m.peers[i] = $root.meshbackup.PeerSeen.fromObject(d.peers[i], q + 1);
                }
            }
            if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                    m.version = $String(d.version);
                }
            }
            if (d.uptimeMs != null) {
                if (typeof d.uptimeMs === "object" ? d.uptimeMs.low || d.uptimeMs.high : $Number(d.uptimeMs) !== 0) {
                    if ($util.Long)
                        m.uptimeMs = $util.Long.fromValue(d.uptimeMs, true);
                    else if (typeof d.uptimeMs === "string")
                        m.uptimeMs = $parseInt(d.uptimeMs, 10);
                    else if (typeof d.uptimeMs === "number")
                        m.uptimeMs = d.uptimeMs;
                    else if (typeof d.uptimeMs === "object")
                        m.uptimeMs = new $util.LongBits(d.uptimeMs.low >>> 0, d.uptimeMs.high >>> 0).toNumber(true);
                }
            }
            if (d.lastBackupMs != null) {
                if (typeof d.lastBackupMs === "object" ? d.lastBackupMs.low || d.lastBackupMs.high : $Number(d.lastBackupMs) !== 0) {
                    if ($util.Long)
                        m.lastBackupMs = $util.Long.fromValue(d.lastBackupMs, false);
                    else if (typeof d.lastBackupMs === "string")
                        m.lastBackupMs = $parseInt(d.lastBackupMs, 10);
                    else if (typeof d.lastBackupMs === "number")
                        m.lastBackupMs = d.lastBackupMs;
                    else if (typeof d.lastBackupMs === "object")
                        m.lastBackupMs = new $util.LongBits(d.lastBackupMs.low >>> 0, d.lastBackupMs.high >>> 0).toNumber();
                }
            }
            if (d.addrs) {
                if (!$Array.isArray(d.addrs))
                    throw $TypeError(".meshbackup.AgentStatus.addrs: array expected");
                m.addrs = $Array(d.addrs.length);
                for (var i = 0; i < d.addrs.length; ++i) {
                    m.addrs[i] = $String(d.addrs[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AgentStatus message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {meshbackup.AgentStatus} m AgentStatus
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AgentStatus.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.shardsPerOwner = [];
                d.peers = [];
                d.addrs = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.site = "";
                d.media = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.capacity = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.capacity = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.used = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.used = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.free = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.free = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.version = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.uptimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.uptimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastBackupMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastBackupMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                d.site = m.site;
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                d.media = m.media;
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.capacity = typeof m.capacity === "number" ? $BigInt(m.capacity) : $util.Long.fromBits(m.capacity.low >>> 0, m.capacity.high >>> 0, true).toBigInt();
                else if (typeof m.capacity === "number")
                    d.capacity = o.longs === $String ? $String(m.capacity) : m.capacity;
                else
                    d.capacity = o.longs === $String ? $util.Long.prototype.toString.call(m.capacity) : o.longs === $Number ? new $util.LongBits(m.capacity.low >>> 0, m.capacity.high >>> 0).toNumber(true) : m.capacity;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.used = typeof m.used === "number" ? $BigInt(m.used) : $util.Long.fromBits(m.used.low >>> 0, m.used.high >>> 0, true).toBigInt();
                else if (typeof m.used === "number")
                    d.used = o.longs === $String ? $String(m.used) : m.used;
                else
                    d.used = o.longs === $String ? $util.Long.prototype.toString.call(m.used) : o.longs === $Number ? new $util.LongBits(m.used.low >>> 0, m.used.high >>> 0).toNumber(true) : m.used;
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.free = typeof m.free === "number" ? $BigInt(m.free) : $util.Long.fromBits(m.free.low >>> 0, m.free.high >>> 0, true).toBigInt();
                else if (typeof m.free === "number")
                    d.free = o.longs === $String ? $String(m.free) : m.free;
                else
                    d.free = o.longs === $String ? $util.Long.prototype.toString.call(m.free) : o.longs === $Number ? new $util.LongBits(m.free.low >>> 0, m.free.high >>> 0).toNumber(true) : m.free;
            }
            if (m.shardsPerOwner && m.shardsPerOwner.length) {
                d.shardsPerOwner = $Array(m.shardsPerOwner.length);
                for (var j = 0; j < m.shardsPerOwner.length; ++j) {
                    d.shardsPerOwner[j] = $root.meshbackup.OwnerShards.toObject(m.shardsPerOwner[j], o, q + 1);
                }
            }
            if (m.peers && m.peers.length) {
                d.peers = $Array(m.peers.length);
                for (var j = 0; j < m.peers.length; ++j) {
                    d.peers[j] = $root.meshbackup.PeerSeen.toObject(m.peers[j], o, q + 1);
                }
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.uptimeMs = typeof m.uptimeMs === "number" ? $BigInt(m.uptimeMs) : $util.Long.fromBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0, true).toBigInt();
                else if (typeof m.uptimeMs === "number")
                    d.uptimeMs = o.longs === $String ? $String(m.uptimeMs) : m.uptimeMs;
                else
                    d.uptimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.uptimeMs) : o.longs === $Number ? new $util.LongBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0).toNumber(true) : m.uptimeMs;
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastBackupMs = typeof m.lastBackupMs === "number" ? $BigInt(m.lastBackupMs) : $util.Long.fromBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastBackupMs === "number")
                    d.lastBackupMs = o.longs === $String ? $String(m.lastBackupMs) : m.lastBackupMs;
                else
                    d.lastBackupMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastBackupMs) : o.longs === $Number ? new $util.LongBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0).toNumber() : m.lastBackupMs;
            }
            if (m.addrs && m.addrs.length) {
                d.addrs = $Array(m.addrs.length);
                for (var j = 0; j < m.addrs.length; ++j) {
                    d.addrs[j] = m.addrs[j];
                }
            }
            return d;
        };

        /**
         * Converts this AgentStatus to JSON.
         * @function toJSON
         * @memberof meshbackup.AgentStatus
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AgentStatus.prototype.toJSON = function() {
            return AgentStatus.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AgentStatus
         * @function getTypeUrl
         * @memberof meshbackup.AgentStatus
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AgentStatus.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.AgentStatus";
        };

        return AgentStatus;
    })();

    meshbackup.StatusResponse = (function() {

        /**
         * Properties of a StatusResponse.
         * @typedef {Object} meshbackup.StatusResponse.$Properties
         * @property {meshbackup.WireError.$Properties|null} [error] StatusResponse error
         * @property {meshbackup.AgentStatus.$Properties|null} [status] StatusResponse status
         * @property {"error"|"status"} [result] StatusResponse result
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StatusResponse.
         * @memberof meshbackup
         * @interface IStatusResponse
         * @augments meshbackup.StatusResponse.$Properties
         * @deprecated Use meshbackup.StatusResponse.$Properties instead.
         */

        /**
         * Narrowed shape of a StatusResponse.
         * @typedef {{
         *   error?: meshbackup.WireError.$Shape|null;
         *   status?: meshbackup.AgentStatus.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ result?: undefined; error?: null; status?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; status?: null }|{ result?: "status"; error?: null; status: meshbackup.AgentStatus.$Shape })
         * )} meshbackup.StatusResponse.$Shape
         */

        /**
         * Constructs a new StatusResponse.
         * @memberof meshbackup
         * @classdesc Represents a StatusResponse.
         * @constructor
         * @param {meshbackup.StatusResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StatusResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StatusResponse error.
         * @member {meshbackup.WireError.$Properties|null|undefined} error
         * @memberof meshbackup.StatusResponse
         * @instance
         */
        StatusResponse.prototype.error = null;

        /**
         * StatusResponse status.
         * @member {meshbackup.AgentStatus.$Properties|null|undefined} status
         * @memberof meshbackup.StatusResponse
         * @instance
         */
        StatusResponse.prototype.status = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * StatusResponse result.
         * @member {"error"|"status"|undefined} result
         * @memberof meshbackup.StatusResponse
         * @instance
         */
        $Object.defineProperty(StatusResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["error", "status"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {meshbackup.StatusResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.StatusResponse} StatusResponse instance
         * @type {{
         *   (properties: meshbackup.StatusResponse.$Shape): meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape;
         *   (properties?: meshbackup.StatusResponse.$Properties): meshbackup.StatusResponse;
         * }}
         */
        StatusResponse.create = function(properties) {
            return new StatusResponse(properties);
        };

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link meshbackup.StatusResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {meshbackup.StatusResponse.$Properties} m StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                $root.meshbackup.WireError.encode(m.error, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                $root.meshbackup.AgentStatus.encode(m.status, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link meshbackup.StatusResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {meshbackup.StatusResponse.$Properties} message StatusResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StatusResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.StatusResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.error = $root.meshbackup.WireError.decode(r, r.size(), $undefined, q + 1, m.error);
                        m.result = "error";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.status = $root.meshbackup.AgentStatus.decode(r, r.size(), $undefined, q + 1, m.status);
                        m.result = "status";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StatusResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a StatusResponse message.
         * @function verify
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        StatusResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            var p = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                p.result = 1;
                {
                    var e = $root.meshbackup.WireError.verify(m.error, q + 1);
                    if (e)
                        return "error." + e;
                }
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                if (p.result === 1)
                    return "result: multiple values";
                p.result = 1;
                {
                    var e = $root.meshbackup.AgentStatus.verify(m.status, q + 1);
                    if (e)
                        return "status." + e;
                }
            }
            return null;
        };

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.StatusResponse} StatusResponse
         */
        StatusResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.StatusResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.StatusResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.StatusResponse();
            if (d.error != null) {
                if (!$util.isObject(d.error))
                    throw $TypeError(".meshbackup.StatusResponse.error: object expected");
                m.error = $root.meshbackup.WireError.fromObject(d.error, q + 1);
            }
            if (d.status != null) {
                if (!$util.isObject(d.status))
                    throw $TypeError(".meshbackup.StatusResponse.status: object expected");
                m.status = $root.meshbackup.AgentStatus.fromObject(d.status, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {meshbackup.StatusResponse} m StatusResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StatusResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = $root.meshbackup.WireError.toObject(m.error, o, q + 1);
                if (o.oneofs)
                    d.result = "error";
            }
            if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                d.status = $root.meshbackup.AgentStatus.toObject(m.status, o, q + 1);
                if (o.oneofs)
                    d.result = "status";
            }
            return d;
        };

        /**
         * Converts this StatusResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.StatusResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StatusResponse.prototype.toJSON = function() {
            return StatusResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for StatusResponse
         * @function getTypeUrl
         * @memberof meshbackup.StatusResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StatusResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.StatusResponse";
        };

        return StatusResponse;
    })();

    meshbackup.AuditRequest = (function() {

        /**
         * Properties of an AuditRequest.
         * @typedef {Object} meshbackup.AuditRequest.$Properties
         * @property {string|null} [owner] AuditRequest owner
         * @property {Uint8Array|null} [packId] AuditRequest packId
         * @property {number|null} [index] AuditRequest index
         * @property {number|null} [block] AuditRequest block
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuditRequest.
         * @memberof meshbackup
         * @interface IAuditRequest
         * @augments meshbackup.AuditRequest.$Properties
         * @deprecated Use meshbackup.AuditRequest.$Properties instead.
         */

        /**
         * Shape of an AuditRequest.
         * @typedef {meshbackup.AuditRequest.$Properties} meshbackup.AuditRequest.$Shape
         */

        /**
         * Constructs a new AuditRequest.
         * @memberof meshbackup
         * @classdesc Represents an AuditRequest.
         * @constructor
         * @param {meshbackup.AuditRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AuditRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuditRequest owner.
         * @member {string} owner
         * @memberof meshbackup.AuditRequest
         * @instance
         */
        AuditRequest.prototype.owner = "";

        /**
         * AuditRequest packId.
         * @member {Uint8Array} packId
         * @memberof meshbackup.AuditRequest
         * @instance
         */
        AuditRequest.prototype.packId = $util.newBuffer([]);

        /**
         * AuditRequest index.
         * @member {number} index
         * @memberof meshbackup.AuditRequest
         * @instance
         */
        AuditRequest.prototype.index = 0;

        /**
         * AuditRequest block.
         * @member {number} block
         * @memberof meshbackup.AuditRequest
         * @instance
         */
        AuditRequest.prototype.block = 0;

        /**
         * Creates a new AuditRequest instance using the specified properties.
         * @function create
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {meshbackup.AuditRequest.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AuditRequest} AuditRequest instance
         * @type {{
         *   (properties: meshbackup.AuditRequest.$Shape): meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape;
         *   (properties?: meshbackup.AuditRequest.$Properties): meshbackup.AuditRequest;
         * }}
         */
        AuditRequest.create = function(properties) {
            return new AuditRequest(properties);
        };

        /**
         * Encodes the specified AuditRequest message. Does not implicitly {@link meshbackup.AuditRequest.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {meshbackup.AuditRequest.$Properties} m AuditRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuditRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner") && m.owner !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.owner);
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId") && m.packId.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.packId);
            if (m.index != null && $Object.hasOwnProperty.call(m, "index") && m.index !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.index);
            if (m.block != null && $Object.hasOwnProperty.call(m, "block") && m.block !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.block);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AuditRequest message, length delimited. Does not implicitly {@link meshbackup.AuditRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {meshbackup.AuditRequest.$Properties} message AuditRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuditRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AuditRequest message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape} AuditRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuditRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.AuditRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.owner = v;
                        else
                            delete m.owner;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.packId = v;
                        else
                            delete m.packId;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.index = v;
                        else
                            delete m.index;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.block = v;
                        else
                            delete m.block;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an AuditRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape} AuditRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuditRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AuditRequest message.
         * @function verify
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AuditRequest.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                if (!$util.isString(m.owner))
                    return "owner: string expected";
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                if (!(m.packId && typeof m.packId.length === "number" || $util.isString(m.packId)))
                    return "packId: buffer expected";
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                if (!$util.isInteger(m.index))
                    return "index: integer expected";
            }
            if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                if (!$util.isInteger(m.block))
                    return "block: integer expected";
            }
            return null;
        };

        /**
         * Creates an AuditRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.AuditRequest} AuditRequest
         */
        AuditRequest.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.AuditRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.AuditRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.AuditRequest();
            if (d.owner != null) {
                if (typeof d.owner !== "string" || d.owner.length) {
                    m.owner = $String(d.owner);
                }
            }
            if (d.packId != null) {
                if (d.packId.length) {
                    if (typeof d.packId === "string")
                        $util.base64.decode(d.packId, m.packId = $util.newBuffer($util.base64.length(d.packId)), 0);
                    else if (d.packId.length >= 0)
                        m.packId = d.packId;
                }
            }
            if (d.index != null) {
                if ($Number(d.index) !== 0) {
                    m.index = d.index >>> 0;
                }
            }
            if (d.block != null) {
                if ($Number(d.block) !== 0) {
                    m.block = d.block >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AuditRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {meshbackup.AuditRequest} m AuditRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuditRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.owner = "";
                if (o.bytes === $String)
                    d.packId = "";
                else {
                    d.packId = [];
                    if (o.bytes !== $Array)
                        d.packId = $util.newBuffer(d.packId);
                }
                d.index = 0;
                d.block = 0;
            }
            if (m.owner != null && $Object.hasOwnProperty.call(m, "owner")) {
                d.owner = m.owner;
            }
            if (m.packId != null && $Object.hasOwnProperty.call(m, "packId")) {
                d.packId = o.bytes === $String ? $util.base64.encode(m.packId, 0, m.packId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.packId) : m.packId;
            }
            if (m.index != null && $Object.hasOwnProperty.call(m, "index")) {
                d.index = m.index;
            }
            if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                d.block = m.block;
            }
            return d;
        };

        /**
         * Converts this AuditRequest to JSON.
         * @function toJSON
         * @memberof meshbackup.AuditRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuditRequest.prototype.toJSON = function() {
            return AuditRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuditRequest
         * @function getTypeUrl
         * @memberof meshbackup.AuditRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuditRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.AuditRequest";
        };

        return AuditRequest;
    })();

    meshbackup.AuditResponse = (function() {

        /**
         * Properties of an AuditResponse.
         * @typedef {Object} meshbackup.AuditResponse.$Properties
         * @property {boolean|null} [ok] AuditResponse ok
         * @property {Uint8Array|null} [header] AuditResponse header
         * @property {Uint8Array|null} [blockData] AuditResponse blockData
         * @property {meshbackup.WireError.$Properties|null} [error] AuditResponse error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuditResponse.
         * @memberof meshbackup
         * @interface IAuditResponse
         * @augments meshbackup.AuditResponse.$Properties
         * @deprecated Use meshbackup.AuditResponse.$Properties instead.
         */

        /**
         * Shape of an AuditResponse.
         * @typedef {meshbackup.AuditResponse.$Properties} meshbackup.AuditResponse.$Shape
         */

        /**
         * Constructs a new AuditResponse.
         * @memberof meshbackup
         * @classdesc Represents an AuditResponse.
         * @constructor
         * @param {meshbackup.AuditResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AuditResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuditResponse ok.
         * @member {boolean} ok
         * @memberof meshbackup.AuditResponse
         * @instance
         */
        AuditResponse.prototype.ok = false;

        /**
         * AuditResponse header.
         * @member {Uint8Array} header
         * @memberof meshbackup.AuditResponse
         * @instance
         */
        AuditResponse.prototype.header = $util.newBuffer([]);

        /**
         * AuditResponse blockData.
         * @member {Uint8Array} blockData
         * @memberof meshbackup.AuditResponse
         * @instance
         */
        AuditResponse.prototype.blockData = $util.newBuffer([]);

        /**
         * AuditResponse error.
         * @member {meshbackup.WireError.$Properties|null|undefined} error
         * @memberof meshbackup.AuditResponse
         * @instance
         */
        AuditResponse.prototype.error = null;

        /**
         * Creates a new AuditResponse instance using the specified properties.
         * @function create
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {meshbackup.AuditResponse.$Properties=} [properties] Properties to set
         * @returns {meshbackup.AuditResponse} AuditResponse instance
         * @type {{
         *   (properties: meshbackup.AuditResponse.$Shape): meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape;
         *   (properties?: meshbackup.AuditResponse.$Properties): meshbackup.AuditResponse;
         * }}
         */
        AuditResponse.create = function(properties) {
            return new AuditResponse(properties);
        };

        /**
         * Encodes the specified AuditResponse message. Does not implicitly {@link meshbackup.AuditResponse.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {meshbackup.AuditResponse.$Properties} m AuditResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuditResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
            if (m.header != null && $Object.hasOwnProperty.call(m, "header") && m.header.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.header);
            if (m.blockData != null && $Object.hasOwnProperty.call(m, "blockData") && m.blockData.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.blockData);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                $root.meshbackup.WireError.encode(m.error, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AuditResponse message, length delimited. Does not implicitly {@link meshbackup.AuditResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {meshbackup.AuditResponse.$Properties} message AuditResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuditResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AuditResponse message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape} AuditResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuditResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.AuditResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.ok = v;
                        else
                            delete m.ok;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.header = v;
                        else
                            delete m.header;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.blockData = v;
                        else
                            delete m.blockData;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.error = $root.meshbackup.WireError.decode(r, r.size(), $undefined, q + 1, m.error);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes an AuditResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape} AuditResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuditResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an AuditResponse message.
         * @function verify
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        AuditResponse.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                if (typeof m.ok !== "boolean")
                    return "ok: boolean expected";
            }
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                if (!(m.header && typeof m.header.length === "number" || $util.isString(m.header)))
                    return "header: buffer expected";
            }
            if (m.blockData != null && $Object.hasOwnProperty.call(m, "blockData")) {
                if (!(m.blockData && typeof m.blockData.length === "number" || $util.isString(m.blockData)))
                    return "blockData: buffer expected";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                {
                    var e = $root.meshbackup.WireError.verify(m.error, q + 1);
                    if (e)
                        return "error." + e;
                }
            }
            return null;
        };

        /**
         * Creates an AuditResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.AuditResponse} AuditResponse
         */
        AuditResponse.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.AuditResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.AuditResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.AuditResponse();
            if (d.ok != null) {
                if (d.ok) {
                    m.ok = $Boolean(d.ok);
                }
            }
            if (d.header != null) {
                if (d.header.length) {
                    if (typeof d.header === "string")
                        $util.base64.decode(d.header, m.header = $util.newBuffer($util.base64.length(d.header)), 0);
                    else if (d.header.length >= 0)
                        m.header = d.header;
                }
            }
            if (d.blockData != null) {
                if (d.blockData.length) {
                    if (typeof d.blockData === "string")
                        $util.base64.decode(d.blockData, m.blockData = $util.newBuffer($util.base64.length(d.blockData)), 0);
                    else if (d.blockData.length >= 0)
                        m.blockData = d.blockData;
                }
            }
            if (d.error != null) {
                if (!$util.isObject(d.error))
                    throw $TypeError(".meshbackup.AuditResponse.error: object expected");
                m.error = $root.meshbackup.WireError.fromObject(d.error, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from an AuditResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {meshbackup.AuditResponse} m AuditResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuditResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.ok = false;
                if (o.bytes === $String)
                    d.header = "";
                else {
                    d.header = [];
                    if (o.bytes !== $Array)
                        d.header = $util.newBuffer(d.header);
                }
                if (o.bytes === $String)
                    d.blockData = "";
                else {
                    d.blockData = [];
                    if (o.bytes !== $Array)
                        d.blockData = $util.newBuffer(d.blockData);
                }
                d.error = null;
            }
            if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                d.ok = m.ok;
            }
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                d.header = o.bytes === $String ? $util.base64.encode(m.header, 0, m.header.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.header) : m.header;
            }
            if (m.blockData != null && $Object.hasOwnProperty.call(m, "blockData")) {
                d.blockData = o.bytes === $String ? $util.base64.encode(m.blockData, 0, m.blockData.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.blockData) : m.blockData;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = $root.meshbackup.WireError.toObject(m.error, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this AuditResponse to JSON.
         * @function toJSON
         * @memberof meshbackup.AuditResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuditResponse.prototype.toJSON = function() {
            return AuditResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuditResponse
         * @function getTypeUrl
         * @memberof meshbackup.AuditResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuditResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.AuditResponse";
        };

        return AuditResponse;
    })();

    meshbackup.Heartbeat = (function() {

        /**
         * Properties of a Heartbeat.
         * @typedef {Object} meshbackup.Heartbeat.$Properties
         * @property {string|null} [peerId] Heartbeat peerId
         * @property {string|null} [site] Heartbeat site
         * @property {string|null} [media] Heartbeat media
         * @property {number|null} [capacity] Heartbeat capacity
         * @property {number|null} [used] Heartbeat used
         * @property {number|null} [free] Heartbeat free
         * @property {string|null} [version] Heartbeat version
         * @property {number|null} [shards] Heartbeat shards
         * @property {number|null} [lastBackupMs] Heartbeat lastBackupMs
         * @property {Array.<string>|null} [addrs] Heartbeat addrs
         * @property {number|null} [timeMs] Heartbeat timeMs
         * @property {Uint8Array|null} [membershipProof] Heartbeat membershipProof
         * @property {meshbackup.ComplianceSummary.$Properties|null} [compliance] Heartbeat compliance
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Heartbeat.
         * @memberof meshbackup
         * @interface IHeartbeat
         * @augments meshbackup.Heartbeat.$Properties
         * @deprecated Use meshbackup.Heartbeat.$Properties instead.
         */

        /**
         * Shape of a Heartbeat.
         * @typedef {meshbackup.Heartbeat.$Properties} meshbackup.Heartbeat.$Shape
         */

        /**
         * Constructs a new Heartbeat.
         * @memberof meshbackup
         * @classdesc Represents a Heartbeat.
         * @constructor
         * @param {meshbackup.Heartbeat.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Heartbeat = function (p) {
            this.addrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Heartbeat peerId.
         * @member {string} peerId
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.peerId = "";

        /**
         * Heartbeat site.
         * @member {string} site
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.site = "";

        /**
         * Heartbeat media.
         * @member {string} media
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.media = "";

        /**
         * Heartbeat capacity.
         * @member {number} capacity
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.capacity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Heartbeat used.
         * @member {number} used
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Heartbeat free.
         * @member {number} free
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Heartbeat version.
         * @member {string} version
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.version = "";

        /**
         * Heartbeat shards.
         * @member {number} shards
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.shards = 0;

        /**
         * Heartbeat lastBackupMs.
         * @member {number} lastBackupMs
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.lastBackupMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Heartbeat addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.addrs = $util.emptyArray;

        /**
         * Heartbeat timeMs.
         * @member {number} timeMs
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Heartbeat membershipProof.
         * @member {Uint8Array} membershipProof
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.membershipProof = $util.newBuffer([]);

        /**
         * Heartbeat compliance.
         * @member {meshbackup.ComplianceSummary.$Properties|null|undefined} compliance
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.compliance = null;

        /**
         * Creates a new Heartbeat instance using the specified properties.
         * @function create
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {meshbackup.Heartbeat.$Properties=} [properties] Properties to set
         * @returns {meshbackup.Heartbeat} Heartbeat instance
         * @type {{
         *   (properties: meshbackup.Heartbeat.$Shape): meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape;
         *   (properties?: meshbackup.Heartbeat.$Properties): meshbackup.Heartbeat;
         * }}
         */
        Heartbeat.create = function(properties) {
            return new Heartbeat(properties);
        };

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link meshbackup.Heartbeat.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {meshbackup.Heartbeat.$Properties} m Heartbeat message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Heartbeat.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.media);
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && (typeof m.capacity === "object" ? m.capacity.low || m.capacity.high : m.capacity !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.capacity);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && (typeof m.used === "object" ? m.used.low || m.used.high : m.used !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.used);
            if (m.free != null && $Object.hasOwnProperty.call(m, "free") && (typeof m.free === "object" ? m.free.low || m.free.high : m.free !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.free);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.version);
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards") && m.shards !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.shards);
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs") && (typeof m.lastBackupMs === "object" ? m.lastBackupMs.low || m.lastBackupMs.high : m.lastBackupMs !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).int64(m.lastBackupMs);
            if (m.addrs != null && m.addrs.length) {
                for (var i = 0; i < m.addrs.length; ++i)
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.addrs[i]);
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).int64(m.timeMs);
            if (m.membershipProof != null && $Object.hasOwnProperty.call(m, "membershipProof") && m.membershipProof.length)
                w.uint32(/* id 12, wireType 2 =*/98).bytes(m.membershipProof);
            if (m.compliance != null && $Object.hasOwnProperty.call(m, "compliance"))
                $root.meshbackup.ComplianceSummary.encode(m.compliance, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link meshbackup.Heartbeat.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {meshbackup.Heartbeat.$Properties} message Heartbeat message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Heartbeat.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Heartbeat.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.Heartbeat();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.site = v;
                        else
                            delete m.site;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.media = v;
                        else
                            delete m.media;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.capacity = v;
                        else
                            delete m.capacity;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.free = v;
                        else
                            delete m.free;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.shards = v;
                        else
                            delete m.shards;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastBackupMs = v;
                        else
                            delete m.lastBackupMs;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if (!(m.addrs && m.addrs.length))
                            m.addrs = [];
                        m.addrs.push(r.stringVerify());
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.timeMs = v;
                        else
                            delete m.timeMs;
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.membershipProof = v;
                        else
                            delete m.membershipProof;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.compliance = $root.meshbackup.ComplianceSummary.decode(r, r.size(), $undefined, q + 1, m.compliance);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Heartbeat.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Heartbeat message.
         * @function verify
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Heartbeat.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                if (!$util.isString(m.site))
                    return "site: string expected";
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                if (!$util.isString(m.media))
                    return "media: string expected";
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (!$util.isInteger(m.capacity) && !(m.capacity && $util.isInteger(m.capacity.low) && $util.isInteger(m.capacity.high)))
                    return "capacity: integer|Long expected";
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (!$util.isInteger(m.used) && !(m.used && $util.isInteger(m.used.low) && $util.isInteger(m.used.high)))
                    return "used: integer|Long expected";
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (!$util.isInteger(m.free) && !(m.free && $util.isInteger(m.free.low) && $util.isInteger(m.free.high)))
                    return "free: integer|Long expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isString(m.version))
                    return "version: string expected";
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                if (!$util.isInteger(m.shards))
                    return "shards: integer expected";
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (!$util.isInteger(m.lastBackupMs) && !(m.lastBackupMs && $util.isInteger(m.lastBackupMs.low) && $util.isInteger(m.lastBackupMs.high)))
                    return "lastBackupMs: integer|Long expected";
            }
            if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                if (!$Array.isArray(m.addrs))
                    return "addrs: array expected";
                for (var i = 0; i < m.addrs.length; ++i) {
                    if (!$util.isString(m.addrs[i]))
                        return "addrs: string[] expected";
                }
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                    return "timeMs: integer|Long expected";
            }
            if (m.membershipProof != null && $Object.hasOwnProperty.call(m, "membershipProof")) {
                if (!(m.membershipProof && typeof m.membershipProof.length === "number" || $util.isString(m.membershipProof)))
                    return "membershipProof: buffer expected";
            }
            if (m.compliance != null && $Object.hasOwnProperty.call(m, "compliance")) {
                {
                    var e = $root.meshbackup.ComplianceSummary.verify(m.compliance, q + 1);
                    if (e)
                        return "compliance." + e;
                }
            }
            return null;
        };

        /**
         * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.Heartbeat} Heartbeat
         */
        Heartbeat.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.Heartbeat)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.Heartbeat: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.Heartbeat();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.site != null) {
                if (typeof d.site !== "string" || d.site.length) {
                    m.site = $String(d.site);
                }
            }
            if (d.media != null) {
                if (typeof d.media !== "string" || d.media.length) {
                    m.media = $String(d.media);
                }
            }
            if (d.capacity != null) {
                if (typeof d.capacity === "object" ? d.capacity.low || d.capacity.high : $Number(d.capacity) !== 0) {
                    if ($util.Long)
                        m.capacity = $util.Long.fromValue(d.capacity, true);
                    else if (typeof d.capacity === "string")
                        m.capacity = $parseInt(d.capacity, 10);
                    else if (typeof d.capacity === "number")
                        m.capacity = d.capacity;
                    else if (typeof d.capacity === "object")
                        m.capacity = new $util.LongBits(d.capacity.low >>> 0, d.capacity.high >>> 0).toNumber(true);
                }
            }
            if (d.used != null) {
                if (typeof d.used === "object" ? d.used.low || d.used.high : $Number(d.used) !== 0) {
                    if ($util.Long)
                        m.used = $util.Long.fromValue(d.used, true);
                    else if (typeof d.used === "string")
                        m.used = $parseInt(d.used, 10);
                    else if (typeof d.used === "number")
                        m.used = d.used;
                    else if (typeof d.used === "object")
                        m.used = new $util.LongBits(d.used.low >>> 0, d.used.high >>> 0).toNumber(true);
                }
            }
            if (d.free != null) {
                if (typeof d.free === "object" ? d.free.low || d.free.high : $Number(d.free) !== 0) {
                    if ($util.Long)
                        m.free = $util.Long.fromValue(d.free, true);
                    else if (typeof d.free === "string")
                        m.free = $parseInt(d.free, 10);
                    else if (typeof d.free === "number")
                        m.free = d.free;
                    else if (typeof d.free === "object")
                        m.free = new $util.LongBits(d.free.low >>> 0, d.free.high >>> 0).toNumber(true);
                }
            }
            if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                    m.version = $String(d.version);
                }
            }
            if (d.shards != null) {
                if ($Number(d.shards) !== 0) {
                    m.shards = d.shards >>> 0;
                }
            }
            if (d.lastBackupMs != null) {
                if (typeof d.lastBackupMs === "object" ? d.lastBackupMs.low || d.lastBackupMs.high : $Number(d.lastBackupMs) !== 0) {
                    if ($util.Long)
                        m.lastBackupMs = $util.Long.fromValue(d.lastBackupMs, false);
                    else if (typeof d.lastBackupMs === "string")
                        m.lastBackupMs = $parseInt(d.lastBackupMs, 10);
                    else if (typeof d.lastBackupMs === "number")
                        m.lastBackupMs = d.lastBackupMs;
                    else if (typeof d.lastBackupMs === "object")
                        m.lastBackupMs = new $util.LongBits(d.lastBackupMs.low >>> 0, d.lastBackupMs.high >>> 0).toNumber();
                }
            }
            if (d.addrs) {
                if (!$Array.isArray(d.addrs))
                    throw $TypeError(".meshbackup.Heartbeat.addrs: array expected");
                m.addrs = $Array(d.addrs.length);
                for (var i = 0; i < d.addrs.length; ++i) {
                    m.addrs[i] = $String(d.addrs[i]);
                }
            }
            if (d.timeMs != null) {
                if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                    if ($util.Long)
                        m.timeMs = $util.Long.fromValue(d.timeMs, false);
                    else if (typeof d.timeMs === "string")
                        m.timeMs = $parseInt(d.timeMs, 10);
                    else if (typeof d.timeMs === "number")
                        m.timeMs = d.timeMs;
                    else if (typeof d.timeMs === "object")
                        m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                }
            }
            if (d.membershipProof != null) {
                if (d.membershipProof.length) {
                    if (typeof d.membershipProof === "string")
                        $util.base64.decode(d.membershipProof, m.membershipProof = $util.newBuffer($util.base64.length(d.membershipProof)), 0);
                    else if (d.membershipProof.length >= 0)
                        m.membershipProof = d.membershipProof;
                }
            }
            if (d.compliance != null) {
                if (!$util.isObject(d.compliance))
                    throw $TypeError(".meshbackup.Heartbeat.compliance: object expected");
                m.compliance = $root.meshbackup.ComplianceSummary.fromObject(d.compliance, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {meshbackup.Heartbeat} m Heartbeat
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Heartbeat.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.addrs = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.site = "";
                d.media = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.capacity = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.capacity = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.used = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.used = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.free = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.free = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.version = "";
                d.shards = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastBackupMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastBackupMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.membershipProof = "";
                else {
                    d.membershipProof = [];
                    if (o.bytes !== $Array)
                        d.membershipProof = $util.newBuffer(d.membershipProof);
                }
                d.compliance = null;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                d.site = m.site;
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                d.media = m.media;
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.capacity = typeof m.capacity === "number" ? $BigInt(m.capacity) : $util.Long.fromBits(m.capacity.low >>> 0, m.capacity.high >>> 0, true).toBigInt();
                else if (typeof m.capacity === "number")
                    d.capacity = o.longs === $String ? $String(m.capacity) : m.capacity;
                else
                    d.capacity = o.longs === $String ? $util.Long.prototype.toString.call(m.capacity) : o.longs === $Number ? new $util.LongBits(m.capacity.low >>> 0, m.capacity.high >>> 0).toNumber(true) : m.capacity;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.used = typeof m.used === "number" ? $BigInt(m.used) : $util.Long.fromBits(m.used.low >>> 0, m.used.high >>> 0, true).toBigInt();
                else if (typeof m.used === "number")
                    d.used = o.longs === $String ? $String(m.used) : m.used;
                else
                    d.used = o.longs === $String ? $util.Long.prototype.toString.call(m.used) : o.longs === $Number ? new $util.LongBits(m.used.low >>> 0, m.used.high >>> 0).toNumber(true) : m.used;
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.free = typeof m.free === "number" ? $BigInt(m.free) : $util.Long.fromBits(m.free.low >>> 0, m.free.high >>> 0, true).toBigInt();
                else if (typeof m.free === "number")
                    d.free = o.longs === $String ? $String(m.free) : m.free;
                else
                    d.free = o.longs === $String ? $util.Long.prototype.toString.call(m.free) : o.longs === $Number ? new $util.LongBits(m.free.low >>> 0, m.free.high >>> 0).toNumber(true) : m.free;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                d.shards = m.shards;
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastBackupMs = typeof m.lastBackupMs === "number" ? $BigInt(m.lastBackupMs) : $util.Long.fromBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastBackupMs === "number")
                    d.lastBackupMs = o.longs === $String ? $String(m.lastBackupMs) : m.lastBackupMs;
                else
                    d.lastBackupMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastBackupMs) : o.longs === $Number ? new $util.LongBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0).toNumber() : m.lastBackupMs;
            }
            if (m.addrs && m.addrs.length) {
                d.addrs = $Array(m.addrs.length);
                for (var j = 0; j < m.addrs.length; ++j) {
                    d.addrs[j] = m.addrs[j];
                }
            }
            if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                else if (typeof m.timeMs === "number")
                    d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                else
                    d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
            }
            if (m.membershipProof != null && $Object.hasOwnProperty.call(m, "membershipProof")) {
                d.membershipProof = o.bytes === $String ? $util.base64.encode(m.membershipProof, 0, m.membershipProof.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.membershipProof) : m.membershipProof;
            }
            if (m.compliance != null && $Object.hasOwnProperty.call(m, "compliance")) {
                d.compliance = $root.meshbackup.ComplianceSummary.toObject(m.compliance, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this Heartbeat to JSON.
         * @function toJSON
         * @memberof meshbackup.Heartbeat
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Heartbeat.prototype.toJSON = function() {
            return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Heartbeat
         * @function getTypeUrl
         * @memberof meshbackup.Heartbeat
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Heartbeat.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.Heartbeat";
        };

        return Heartbeat;
    })();

    meshbackup.ComplianceSummary = (function() {

        /**
         * Properties of a ComplianceSummary.
         * @typedef {Object} meshbackup.ComplianceSummary.$Properties
         * @property {number|null} [compliant] ComplianceSummary compliant
         * @property {number|null} [degraded] ComplianceSummary degraded
         * @property {number|null} [atRisk] ComplianceSummary atRisk
         * @property {number|null} [snapshots] ComplianceSummary snapshots
         * @property {number|null} [lastSnapshotMs] ComplianceSummary lastSnapshotMs
         * @property {number|null} [computedMs] ComplianceSummary computedMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ComplianceSummary.
         * @memberof meshbackup
         * @interface IComplianceSummary
         * @augments meshbackup.ComplianceSummary.$Properties
         * @deprecated Use meshbackup.ComplianceSummary.$Properties instead.
         */

        /**
         * Shape of a ComplianceSummary.
         * @typedef {meshbackup.ComplianceSummary.$Properties} meshbackup.ComplianceSummary.$Shape
         */

        /**
         * Constructs a new ComplianceSummary.
         * @memberof meshbackup
         * @classdesc Represents a ComplianceSummary.
         * @constructor
         * @param {meshbackup.ComplianceSummary.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ComplianceSummary = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ComplianceSummary compliant.
         * @member {number} compliant
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.compliant = 0;

        /**
         * ComplianceSummary degraded.
         * @member {number} degraded
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.degraded = 0;

        /**
         * ComplianceSummary atRisk.
         * @member {number} atRisk
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.atRisk = 0;

        /**
         * ComplianceSummary snapshots.
         * @member {number} snapshots
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.snapshots = 0;

        /**
         * ComplianceSummary lastSnapshotMs.
         * @member {number} lastSnapshotMs
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.lastSnapshotMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ComplianceSummary computedMs.
         * @member {number} computedMs
         * @memberof meshbackup.ComplianceSummary
         * @instance
         */
        ComplianceSummary.prototype.computedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new ComplianceSummary instance using the specified properties.
         * @function create
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {meshbackup.ComplianceSummary.$Properties=} [properties] Properties to set
         * @returns {meshbackup.ComplianceSummary} ComplianceSummary instance
         * @type {{
         *   (properties: meshbackup.ComplianceSummary.$Shape): meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape;
         *   (properties?: meshbackup.ComplianceSummary.$Properties): meshbackup.ComplianceSummary;
         * }}
         */
        ComplianceSummary.create = function(properties) {
            return new ComplianceSummary(properties);
        };

        /**
         * Encodes the specified ComplianceSummary message. Does not implicitly {@link meshbackup.ComplianceSummary.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {meshbackup.ComplianceSummary.$Properties} m ComplianceSummary message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComplianceSummary.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.compliant != null && $Object.hasOwnProperty.call(m, "compliant") && m.compliant !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.compliant);
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded") && m.degraded !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.degraded);
            if (m.atRisk != null && $Object.hasOwnProperty.call(m, "atRisk") && m.atRisk !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.atRisk);
            if (m.snapshots != null && $Object.hasOwnProperty.call(m, "snapshots") && m.snapshots !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.snapshots);
            if (m.lastSnapshotMs != null && $Object.hasOwnProperty.call(m, "lastSnapshotMs") && (typeof m.lastSnapshotMs === "object" ? m.lastSnapshotMs.low || m.lastSnapshotMs.high : m.lastSnapshotMs !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).int64(m.lastSnapshotMs);
            if (m.computedMs != null && $Object.hasOwnProperty.call(m, "computedMs") && (typeof m.computedMs === "object" ? m.computedMs.low || m.computedMs.high : m.computedMs !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).int64(m.computedMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ComplianceSummary message, length delimited. Does not implicitly {@link meshbackup.ComplianceSummary.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {meshbackup.ComplianceSummary.$Properties} message ComplianceSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ComplianceSummary.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ComplianceSummary message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape} ComplianceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComplianceSummary.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.ComplianceSummary();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.compliant = v;
                        else
                            delete m.compliant;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.degraded = v;
                        else
                            delete m.degraded;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.atRisk = v;
                        else
                            delete m.atRisk;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.snapshots = v;
                        else
                            delete m.snapshots;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastSnapshotMs = v;
                        else
                            delete m.lastSnapshotMs;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.computedMs = v;
                        else
                            delete m.computedMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a ComplianceSummary message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape} ComplianceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ComplianceSummary.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ComplianceSummary message.
         * @function verify
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ComplianceSummary.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.compliant != null && $Object.hasOwnProperty.call(m, "compliant")) {
                if (!$util.isInteger(m.compliant))
                    return "compliant: integer expected";
            }
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded")) {
                if (!$util.isInteger(m.degraded))
                    return "degraded: integer expected";
            }
            if (m.atRisk != null && $Object.hasOwnProperty.call(m, "atRisk")) {
                if (!$util.isInteger(m.atRisk))
                    return "atRisk: integer expected";
            }
            if (m.snapshots != null && $Object.hasOwnProperty.call(m, "snapshots")) {
                if (!$util.isInteger(m.snapshots))
                    return "snapshots: integer expected";
            }
            if (m.lastSnapshotMs != null && $Object.hasOwnProperty.call(m, "lastSnapshotMs")) {
                if (!$util.isInteger(m.lastSnapshotMs) && !(m.lastSnapshotMs && $util.isInteger(m.lastSnapshotMs.low) && $util.isInteger(m.lastSnapshotMs.high)))
                    return "lastSnapshotMs: integer|Long expected";
            }
            if (m.computedMs != null && $Object.hasOwnProperty.call(m, "computedMs")) {
                if (!$util.isInteger(m.computedMs) && !(m.computedMs && $util.isInteger(m.computedMs.low) && $util.isInteger(m.computedMs.high)))
                    return "computedMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a ComplianceSummary message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.ComplianceSummary} ComplianceSummary
         */
        ComplianceSummary.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.ComplianceSummary)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.ComplianceSummary: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.ComplianceSummary();
            if (d.compliant != null) {
                if ($Number(d.compliant) !== 0) {
                    m.compliant = d.compliant >>> 0;
                }
            }
            if (d.degraded != null) {
                if ($Number(d.degraded) !== 0) {
                    m.degraded = d.degraded >>> 0;
                }
            }
            if (d.atRisk != null) {
                if ($Number(d.atRisk) !== 0) {
                    m.atRisk = d.atRisk >>> 0;
                }
            }
            if (d.snapshots != null) {
                if ($Number(d.snapshots) !== 0) {
                    m.snapshots = d.snapshots >>> 0;
                }
            }
            if (d.lastSnapshotMs != null) {
                if (typeof d.lastSnapshotMs === "object" ? d.lastSnapshotMs.low || d.lastSnapshotMs.high : $Number(d.lastSnapshotMs) !== 0) {
                    if ($util.Long)
                        m.lastSnapshotMs = $util.Long.fromValue(d.lastSnapshotMs, false);
                    else if (typeof d.lastSnapshotMs === "string")
                        m.lastSnapshotMs = $parseInt(d.lastSnapshotMs, 10);
                    else if (typeof d.lastSnapshotMs === "number")
                        m.lastSnapshotMs = d.lastSnapshotMs;
                    else if (typeof d.lastSnapshotMs === "object")
                        m.lastSnapshotMs = new $util.LongBits(d.lastSnapshotMs.low >>> 0, d.lastSnapshotMs.high >>> 0).toNumber();
                }
            }
            if (d.computedMs != null) {
                if (typeof d.computedMs === "object" ? d.computedMs.low || d.computedMs.high : $Number(d.computedMs) !== 0) {
                    if ($util.Long)
                        m.computedMs = $util.Long.fromValue(d.computedMs, false);
                    else if (typeof d.computedMs === "string")
                        m.computedMs = $parseInt(d.computedMs, 10);
                    else if (typeof d.computedMs === "number")
                        m.computedMs = d.computedMs;
                    else if (typeof d.computedMs === "object")
                        m.computedMs = new $util.LongBits(d.computedMs.low >>> 0, d.computedMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ComplianceSummary message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {meshbackup.ComplianceSummary} m ComplianceSummary
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ComplianceSummary.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.compliant = 0;
                d.degraded = 0;
                d.atRisk = 0;
                d.snapshots = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastSnapshotMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastSnapshotMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.computedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.computedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.compliant != null && $Object.hasOwnProperty.call(m, "compliant")) {
                d.compliant = m.compliant;
            }
            if (m.degraded != null && $Object.hasOwnProperty.call(m, "degraded")) {
                d.degraded = m.degraded;
            }
            if (m.atRisk != null && $Object.hasOwnProperty.call(m, "atRisk")) {
                d.atRisk = m.atRisk;
            }
            if (m.snapshots != null && $Object.hasOwnProperty.call(m, "snapshots")) {
                d.snapshots = m.snapshots;
            }
            if (m.lastSnapshotMs != null && $Object.hasOwnProperty.call(m, "lastSnapshotMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastSnapshotMs = typeof m.lastSnapshotMs === "number" ? $BigInt(m.lastSnapshotMs) : $util.Long.fromBits(m.lastSnapshotMs.low >>> 0, m.lastSnapshotMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastSnapshotMs === "number")
                    d.lastSnapshotMs = o.longs === $String ? $String(m.lastSnapshotMs) : m.lastSnapshotMs;
                else
                    d.lastSnapshotMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSnapshotMs) : o.longs === $Number ? new $util.LongBits(m.lastSnapshotMs.low >>> 0, m.lastSnapshotMs.high >>> 0).toNumber() : m.lastSnapshotMs;
            }
            if (m.computedMs != null && $Object.hasOwnProperty.call(m, "computedMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.computedMs = typeof m.computedMs === "number" ? $BigInt(m.computedMs) : $util.Long.fromBits(m.computedMs.low >>> 0, m.computedMs.high >>> 0, false).toBigInt();
                else if (typeof m.computedMs === "number")
                    d.computedMs = o.longs === $String ? $String(m.computedMs) : m.computedMs;
                else
                    d.computedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.computedMs) : o.longs === $Number ? new $util.LongBits(m.computedMs.low >>> 0, m.computedMs.high >>> 0).toNumber() : m.computedMs;
            }
            return d;
        };

        /**
         * Converts this ComplianceSummary to JSON.
         * @function toJSON
         * @memberof meshbackup.ComplianceSummary
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ComplianceSummary.prototype.toJSON = function() {
            return ComplianceSummary.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ComplianceSummary
         * @function getTypeUrl
         * @memberof meshbackup.ComplianceSummary
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ComplianceSummary.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.ComplianceSummary";
        };

        return ComplianceSummary;
    })();

    meshbackup.PeerTableEntry = (function() {

        /**
         * Properties of a PeerTableEntry.
         * @typedef {Object} meshbackup.PeerTableEntry.$Properties
         * @property {string|null} [peerId] PeerTableEntry peerId
         * @property {string|null} [site] PeerTableEntry site
         * @property {string|null} [media] PeerTableEntry media
         * @property {number|null} [capacity] PeerTableEntry capacity
         * @property {number|null} [used] PeerTableEntry used
         * @property {number|null} [free] PeerTableEntry free
         * @property {string|null} [version] PeerTableEntry version
         * @property {number|null} [shards] PeerTableEntry shards
         * @property {number|null} [lastBackupMs] PeerTableEntry lastBackupMs
         * @property {Array.<string>|null} [addrs] PeerTableEntry addrs
         * @property {number|null} [lastSeenMs] PeerTableEntry lastSeenMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerTableEntry.
         * @memberof meshbackup
         * @interface IPeerTableEntry
         * @augments meshbackup.PeerTableEntry.$Properties
         * @deprecated Use meshbackup.PeerTableEntry.$Properties instead.
         */

        /**
         * Shape of a PeerTableEntry.
         * @typedef {meshbackup.PeerTableEntry.$Properties} meshbackup.PeerTableEntry.$Shape
         */

        /**
         * Constructs a new PeerTableEntry.
         * @memberof meshbackup
         * @classdesc Represents a PeerTableEntry.
         * @constructor
         * @param {meshbackup.PeerTableEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerTableEntry = function (p) {
            this.addrs = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PeerTableEntry peerId.
         * @member {string} peerId
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.peerId = "";

        /**
         * PeerTableEntry site.
         * @member {string} site
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.site = "";

        /**
         * PeerTableEntry media.
         * @member {string} media
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.media = "";

        /**
         * PeerTableEntry capacity.
         * @member {number} capacity
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.capacity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerTableEntry used.
         * @member {number} used
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerTableEntry free.
         * @member {number} free
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerTableEntry version.
         * @member {string} version
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.version = "";

        /**
         * PeerTableEntry shards.
         * @member {number} shards
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.shards = 0;

        /**
         * PeerTableEntry lastBackupMs.
         * @member {number} lastBackupMs
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.lastBackupMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PeerTableEntry addrs.
         * @member {Array.<string>} addrs
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.addrs = $util.emptyArray;

        /**
         * PeerTableEntry lastSeenMs.
         * @member {number} lastSeenMs
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PeerTableEntry instance using the specified properties.
         * @function create
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {meshbackup.PeerTableEntry.$Properties=} [properties] Properties to set
         * @returns {meshbackup.PeerTableEntry} PeerTableEntry instance
         * @type {{
         *   (properties: meshbackup.PeerTableEntry.$Shape): meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape;
         *   (properties?: meshbackup.PeerTableEntry.$Properties): meshbackup.PeerTableEntry;
         * }}
         */
        PeerTableEntry.create = function(properties) {
            return new PeerTableEntry(properties);
        };

        /**
         * Encodes the specified PeerTableEntry message. Does not implicitly {@link meshbackup.PeerTableEntry.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {meshbackup.PeerTableEntry.$Properties} m PeerTableEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerTableEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId") && m.peerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.peerId);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.media);
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity") && (typeof m.capacity === "object" ? m.capacity.low || m.capacity.high : m.capacity !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.capacity);
            if (m.used != null && $Object.hasOwnProperty.call(m, "used") && (typeof m.used === "object" ? m.used.low || m.used.high : m.used !== 0))
                w.uint32(/* id 5, wireType 0 =*/40).uint64(m.used);
            if (m.free != null && $Object.hasOwnProperty.call(m, "free") && (typeof m.free === "object" ? m.free.low || m.free.high : m.free !== 0))
                w.uint32(/* id 6, wireType 0 =*/48).uint64(m.free);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.version);
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards") && m.shards !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.shards);
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs") && (typeof m.lastBackupMs === "object" ? m.lastBackupMs.low || m.lastBackupMs.high : m.lastBackupMs !== 0))
                w.uint32(/* id 9, wireType 0 =*/72).int64(m.lastBackupMs);
            if (m.addrs != null && m.addrs.length) {
                for (var i = 0; i < m.addrs.length; ++i)
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.addrs[i]);
            }
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs") && (typeof m.lastSeenMs === "object" ? m.lastSeenMs.low || m.lastSeenMs.high : m.lastSeenMs !== 0))
                w.uint32(/* id 11, wireType 0 =*/88).int64(m.lastSeenMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PeerTableEntry message, length delimited. Does not implicitly {@link meshbackup.PeerTableEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {meshbackup.PeerTableEntry.$Properties} message PeerTableEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerTableEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PeerTableEntry message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape} PeerTableEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerTableEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.meshbackup.PeerTableEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.peerId = v;
                        else
                            delete m.peerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.site = v;
                        else
                            delete m.site;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.media = v;
                        else
                            delete m.media;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.capacity = v;
                        else
                            delete m.capacity;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.used = v;
                        else
                            delete m.used;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.free = v;
                        else
                            delete m.free;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.shards = v;
                        else
                            delete m.shards;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastBackupMs = v;
                        else
                            delete m.lastBackupMs;
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if (!(m.addrs && m.addrs.length))
                            m.addrs = [];
                        m.addrs.push(r.stringVerify());
                        continue;
                    }
                case 11: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastSeenMs = v;
                        else
                            delete m.lastSeenMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Decodes a PeerTableEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape} PeerTableEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerTableEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a PeerTableEntry message.
         * @function verify
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {Object.<string,*>} m Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        PeerTableEntry.verify = function (m, q) {
            if (typeof m !== "object" || m === null)
                return "object expected";
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                return "max depth exceeded";
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                if (!$util.isString(m.peerId))
                    return "peerId: string expected";
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                if (!$util.isString(m.site))
                    return "site: string expected";
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                if (!$util.isString(m.media))
                    return "media: string expected";
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (!$util.isInteger(m.capacity) && !(m.capacity && $util.isInteger(m.capacity.low) && $util.isInteger(m.capacity.high)))
                    return "capacity: integer|Long expected";
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (!$util.isInteger(m.used) && !(m.used && $util.isInteger(m.used.low) && $util.isInteger(m.used.high)))
                    return "used: integer|Long expected";
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (!$util.isInteger(m.free) && !(m.free && $util.isInteger(m.free.low) && $util.isInteger(m.free.high)))
                    return "free: integer|Long expected";
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (!$util.isString(m.version))
                    return "version: string expected";
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                if (!$util.isInteger(m.shards))
                    return "shards: integer expected";
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (!$util.isInteger(m.lastBackupMs) && !(m.lastBackupMs && $util.isInteger(m.lastBackupMs.low) && $util.isInteger(m.lastBackupMs.high)))
                    return "lastBackupMs: integer|Long expected";
            }
            if (m.addrs != null && $Object.hasOwnProperty.call(m, "addrs")) {
                if (!$Array.isArray(m.addrs))
                    return "addrs: array expected";
                for (var i = 0; i < m.addrs.length; ++i) {
                    if (!$util.isString(m.addrs[i]))
                        return "addrs: string[] expected";
                }
            }
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                if (!$util.isInteger(m.lastSeenMs) && !(m.lastSeenMs && $util.isInteger(m.lastSeenMs.low) && $util.isInteger(m.lastSeenMs.high)))
                    return "lastSeenMs: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates a PeerTableEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {meshbackup.PeerTableEntry} PeerTableEntry
         */
        PeerTableEntry.fromObject = function (d, q) {
            if (d instanceof $root.meshbackup.PeerTableEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".meshbackup.PeerTableEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.meshbackup.PeerTableEntry();
            if (d.peerId != null) {
                if (typeof d.peerId !== "string" || d.peerId.length) {
                    m.peerId = $String(d.peerId);
                }
            }
            if (d.site != null) {
                if (typeof d.site !== "string" || d.site.length) {
                    m.site = $String(d.site);
                }
            }
            if (d.media != null) {
                if (typeof d.media !== "string" || d.media.length) {
                    m.media = $String(d.media);
                }
            }
            if (d.capacity != null) {
                if (typeof d.capacity === "object" ? d.capacity.low || d.capacity.high : $Number(d.capacity) !== 0) {
                    if ($util.Long)
                        m.capacity = $util.Long.fromValue(d.capacity, true);
                    else if (typeof d.capacity === "string")
                        m.capacity = $parseInt(d.capacity, 10);
                    else if (typeof d.capacity === "number")
                        m.capacity = d.capacity;
                    else if (typeof d.capacity === "object")
                        m.capacity = new $util.LongBits(d.capacity.low >>> 0, d.capacity.high >>> 0).toNumber(true);
                }
            }
            if (d.used != null) {
                if (typeof d.used === "object" ? d.used.low || d.used.high : $Number(d.used) !== 0) {
                    if ($util.Long)
                        m.used = $util.Long.fromValue(d.used, true);
                    else if (typeof d.used === "string")
                        m.used = $parseInt(d.used, 10);
                    else if (typeof d.used === "number")
                        m.used = d.used;
                    else if (typeof d.used === "object")
                        m.used = new $util.LongBits(d.used.low >>> 0, d.used.high >>> 0).toNumber(true);
                }
            }
            if (d.free != null) {
                if (typeof d.free === "object" ? d.free.low || d.free.high : $Number(d.free) !== 0) {
                    if ($util.Long)
                        m.free = $util.Long.fromValue(d.free, true);
                    else if (typeof d.free === "string")
                        m.free = $parseInt(d.free, 10);
                    else if (typeof d.free === "number")
                        m.free = d.free;
                    else if (typeof d.free === "object")
                        m.free = new $util.LongBits(d.free.low >>> 0, d.free.high >>> 0).toNumber(true);
                }
            }
            if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                    m.version = $String(d.version);
                }
            }
            if (d.shards != null) {
                if ($Number(d.shards) !== 0) {
                    m.shards = d.shards >>> 0;
                }
            }
            if (d.lastBackupMs != null) {
                if (typeof d.lastBackupMs === "object" ? d.lastBackupMs.low || d.lastBackupMs.high : $Number(d.lastBackupMs) !== 0) {
                    if ($util.Long)
                        m.lastBackupMs = $util.Long.fromValue(d.lastBackupMs, false);
                    else if (typeof d.lastBackupMs === "string")
                        m.lastBackupMs = $parseInt(d.lastBackupMs, 10);
                    else if (typeof d.lastBackupMs === "number")
                        m.lastBackupMs = d.lastBackupMs;
                    else if (typeof d.lastBackupMs === "object")
                        m.lastBackupMs = new $util.LongBits(d.lastBackupMs.low >>> 0, d.lastBackupMs.high >>> 0).toNumber();
                }
            }
            if (d.addrs) {
                if (!$Array.isArray(d.addrs))
                    throw $TypeError(".meshbackup.PeerTableEntry.addrs: array expected");
                m.addrs = $Array(d.addrs.length);
                for (var i = 0; i < d.addrs.length; ++i) {
                    m.addrs[i] = $String(d.addrs[i]);
                }
            }
            if (d.lastSeenMs != null) {
                if (typeof d.lastSeenMs === "object" ? d.lastSeenMs.low || d.lastSeenMs.high : $Number(d.lastSeenMs) !== 0) {
                    if ($util.Long)
                        m.lastSeenMs = $util.Long.fromValue(d.lastSeenMs, false);
                    else if (typeof d.lastSeenMs === "string")
                        m.lastSeenMs = $parseInt(d.lastSeenMs, 10);
                    else if (typeof d.lastSeenMs === "number")
                        m.lastSeenMs = d.lastSeenMs;
                    else if (typeof d.lastSeenMs === "object")
                        m.lastSeenMs = new $util.LongBits(d.lastSeenMs.low >>> 0, d.lastSeenMs.high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PeerTableEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {meshbackup.PeerTableEntry} m PeerTableEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PeerTableEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.addrs = [];
            }
            if (o.defaults) {
                d.peerId = "";
                d.site = "";
                d.media = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.capacity = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.capacity = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.used = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.used = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.free = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.free = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.version = "";
                d.shards = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastBackupMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastBackupMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.lastSeenMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.lastSeenMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.peerId != null && $Object.hasOwnProperty.call(m, "peerId")) {
                d.peerId = m.peerId;
            }
            if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                d.site = m.site;
            }
            if (m.media != null && $Object.hasOwnProperty.call(m, "media")) {
                d.media = m.media;
            }
            if (m.capacity != null && $Object.hasOwnProperty.call(m, "capacity")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.capacity = typeof m.capacity === "number" ? $BigInt(m.capacity) : $util.Long.fromBits(m.capacity.low >>> 0, m.capacity.high >>> 0, true).toBigInt();
                else if (typeof m.capacity === "number")
                    d.capacity = o.longs === $String ? $String(m.capacity) : m.capacity;
                else
                    d.capacity = o.longs === $String ? $util.Long.prototype.toString.call(m.capacity) : o.longs === $Number ? new $util.LongBits(m.capacity.low >>> 0, m.capacity.high >>> 0).toNumber(true) : m.capacity;
            }
            if (m.used != null && $Object.hasOwnProperty.call(m, "used")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.used = typeof m.used === "number" ? $BigInt(m.used) : $util.Long.fromBits(m.used.low >>> 0, m.used.high >>> 0, true).toBigInt();
                else if (typeof m.used === "number")
                    d.used = o.longs === $String ? $String(m.used) : m.used;
                else
                    d.used = o.longs === $String ? $util.Long.prototype.toString.call(m.used) : o.longs === $Number ? new $util.LongBits(m.used.low >>> 0, m.used.high >>> 0).toNumber(true) : m.used;
            }
            if (m.free != null && $Object.hasOwnProperty.call(m, "free")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.free = typeof m.free === "number" ? $BigInt(m.free) : $util.Long.fromBits(m.free.low >>> 0, m.free.high >>> 0, true).toBigInt();
                else if (typeof m.free === "number")
                    d.free = o.longs === $String ? $String(m.free) : m.free;
                else
                    d.free = o.longs === $String ? $util.Long.prototype.toString.call(m.free) : o.longs === $Number ? new $util.LongBits(m.free.low >>> 0, m.free.high >>> 0).toNumber(true) : m.free;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.shards != null && $Object.hasOwnProperty.call(m, "shards")) {
                d.shards = m.shards;
            }
            if (m.lastBackupMs != null && $Object.hasOwnProperty.call(m, "lastBackupMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastBackupMs = typeof m.lastBackupMs === "number" ? $BigInt(m.lastBackupMs) : $util.Long.fromBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastBackupMs === "number")
                    d.lastBackupMs = o.longs === $String ? $String(m.lastBackupMs) : m.lastBackupMs;
                else
                    d.lastBackupMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastBackupMs) : o.longs === $Number ? new $util.LongBits(m.lastBackupMs.low >>> 0, m.lastBackupMs.high >>> 0).toNumber() : m.lastBackupMs;
            }
            if (m.addrs && m.addrs.length) {
                d.addrs = $Array(m.addrs.length);
                for (var j = 0; j < m.addrs.length; ++j) {
                    d.addrs[j] = m.addrs[j];
                }
            }
            if (m.lastSeenMs != null && $Object.hasOwnProperty.call(m, "lastSeenMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.lastSeenMs = typeof m.lastSeenMs === "number" ? $BigInt(m.lastSeenMs) : $util.Long.fromBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0, false).toBigInt();
                else if (typeof m.lastSeenMs === "number")
                    d.lastSeenMs = o.longs === $String ? $String(m.lastSeenMs) : m.lastSeenMs;
                else
                    d.lastSeenMs = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeenMs) : o.longs === $Number ? new $util.LongBits(m.lastSeenMs.low >>> 0, m.lastSeenMs.high >>> 0).toNumber() : m.lastSeenMs;
            }
            return d;
        };

        /**
         * Converts this PeerTableEntry to JSON.
         * @function toJSON
         * @memberof meshbackup.PeerTableEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PeerTableEntry.prototype.toJSON = function() {
            return PeerTableEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PeerTableEntry
         * @function getTypeUrl
         * @memberof meshbackup.PeerTableEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PeerTableEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/meshbackup.PeerTableEntry";
        };

        return PeerTableEntry;
    })();

    return meshbackup;
})();

export {
  $root as default
};
