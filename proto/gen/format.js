/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["meshbackup"] || ($protobuf.roots["meshbackup"] = {});

export const meshbackup = $root.meshbackup = (() => {

    /**
     * Namespace meshbackup.
     * @exports meshbackup
     * @namespace
     */
    const meshbackup = $root.meshbackup || {};

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

        return ShardHeader;
    })();

    /**
     * NodeType enum.
     * @name meshbackup.NodeType
     * @enum {number}
     * @property {number} NODE_FILE=0 NODE_FILE value
     * @property {number} NODE_DIR=1 NODE_DIR value
     * @property {number} NODE_SYMLINK=2 NODE_SYMLINK value
     * @property {number} NODE_HARDLINK=3 NODE_HARDLINK value
     * @property {number} NODE_FIFO=4 NODE_FIFO value
     * @property {number} NODE_CHARDEV=5 NODE_CHARDEV value
     * @property {number} NODE_BLOCKDEV=6 NODE_BLOCKDEV value
     */
    meshbackup.NodeType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "NODE_FILE"] = 0;
        values[valuesById[1] = "NODE_DIR"] = 1;
        values[valuesById[2] = "NODE_SYMLINK"] = 2;
        values[valuesById[3] = "NODE_HARDLINK"] = 3;
        values[valuesById[4] = "NODE_FIFO"] = 4;
        values[valuesById[5] = "NODE_CHARDEV"] = 5;
        values[valuesById[6] = "NODE_BLOCKDEV"] = 6;
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
         * @property {string|null} [user] Node user
         * @property {string|null} [group] Node group
         * @property {string|null} [hardlink] Node hardlink
         * @property {number|null} [rdev] Node rdev
         * @property {Uint8Array|null} [nameBytes] Node nameBytes
         * @property {boolean|null} [sparse] Node sparse
         * @property {Array.<meshbackup.Xattr.$Properties>|null} [xattrs] Node xattrs
         * @property {Uint8Array|null} [linkTargetBytes] Node linkTargetBytes
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
            this.xattrs = [];
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
         * Node user.
         * @member {string} user
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.user = "";

        /**
         * Node group.
         * @member {string} group
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.group = "";

        /**
         * Node hardlink.
         * @member {string} hardlink
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.hardlink = "";

        /**
         * Node rdev.
         * @member {number} rdev
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.rdev = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Node nameBytes.
         * @member {Uint8Array} nameBytes
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.nameBytes = $util.newBuffer([]);

        /**
         * Node sparse.
         * @member {boolean} sparse
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.sparse = false;

        /**
         * Node xattrs.
         * @member {Array.<meshbackup.Xattr.$Properties>} xattrs
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.xattrs = $util.emptyArray;

        /**
         * Node linkTargetBytes.
         * @member {Uint8Array} linkTargetBytes
         * @memberof meshbackup.Node
         * @instance
         */
        Node.prototype.linkTargetBytes = $util.newBuffer([]);

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
            if (m.user != null && $Object.hasOwnProperty.call(m, "user") && m.user !== "")
                w.uint32(/* id 14, wireType 2 =*/114).string(m.user);
            if (m.group != null && $Object.hasOwnProperty.call(m, "group") && m.group !== "")
                w.uint32(/* id 15, wireType 2 =*/122).string(m.group);
            if (m.hardlink != null && $Object.hasOwnProperty.call(m, "hardlink") && m.hardlink !== "")
                w.uint32(/* id 16, wireType 2 =*/130).string(m.hardlink);
            if (m.rdev != null && $Object.hasOwnProperty.call(m, "rdev") && (typeof m.rdev === "object" ? m.rdev.low || m.rdev.high : m.rdev !== 0))
                w.uint32(/* id 17, wireType 0 =*/136).uint64(m.rdev);
            if (m.nameBytes != null && $Object.hasOwnProperty.call(m, "nameBytes") && m.nameBytes.length)
                w.uint32(/* id 18, wireType 2 =*/146).bytes(m.nameBytes);
            if (m.sparse != null && $Object.hasOwnProperty.call(m, "sparse") && m.sparse !== false)
                w.uint32(/* id 19, wireType 0 =*/152).bool(m.sparse);
            if (m.xattrs != null && m.xattrs.length) {
                for (var i = 0; i < m.xattrs.length; ++i)
                    $root.meshbackup.Xattr.encode(m.xattrs[i], w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            }
            if (m.linkTargetBytes != null && $Object.hasOwnProperty.call(m, "linkTargetBytes") && m.linkTargetBytes.length)
                w.uint32(/* id 21, wireType 2 =*/170).bytes(m.linkTargetBytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 14: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.user = v;
                        else
                            delete m.user;
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.group = v;
                        else
                            delete m.group;
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.hardlink = v;
                        else
                            delete m.hardlink;
                        continue;
                    }
                case 17: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.rdev = v;
                        else
                            delete m.rdev;
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.nameBytes = v;
                        else
                            delete m.nameBytes;
                        continue;
                    }
                case 19: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.sparse = v;
                        else
                            delete m.sparse;
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        if (!(m.xattrs && m.xattrs.length))
                            m.xattrs = [];
                        m.xattrs.push($root.meshbackup.Xattr.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.linkTargetBytes = v;
                        else
                            delete m.linkTargetBytes;
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

        return Node;
    })();

    meshbackup.Xattr = (function() {

        /**
         * Properties of a Xattr.
         * @typedef {Object} meshbackup.Xattr.$Properties
         * @property {Uint8Array|null} [name] Xattr name
         * @property {Uint8Array|null} [value] Xattr value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Xattr.
         * @memberof meshbackup
         * @interface IXattr
         * @augments meshbackup.Xattr.$Properties
         * @deprecated Use meshbackup.Xattr.$Properties instead.
         */

        /**
         * Shape of a Xattr.
         * @typedef {meshbackup.Xattr.$Properties} meshbackup.Xattr.$Shape
         */

        /**
         * Constructs a new Xattr.
         * @memberof meshbackup
         * @classdesc Represents a Xattr.
         * @constructor
         * @param {meshbackup.Xattr.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Xattr = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Xattr name.
         * @member {Uint8Array} name
         * @memberof meshbackup.Xattr
         * @instance
         */
        Xattr.prototype.name = $util.newBuffer([]);

        /**
         * Xattr value.
         * @member {Uint8Array} value
         * @memberof meshbackup.Xattr
         * @instance
         */
        Xattr.prototype.value = $util.newBuffer([]);

        /**
         * Encodes the specified Xattr message. Does not implicitly {@link meshbackup.Xattr.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.Xattr
         * @static
         * @param {meshbackup.Xattr.$Properties} m Xattr message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Xattr.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.name);
            if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Xattr message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.Xattr
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.Xattr & meshbackup.Xattr.$Shape} Xattr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Xattr.decode = function (r, l, z, q, g) {
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
            m = g || new $root.meshbackup.Xattr();
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
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.value = v;
                        else
                            delete m.value;
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

        return Xattr;
    })();

    meshbackup.Tree = (function() {

        /**
         * Properties of a Tree.
         * @typedef {Object} meshbackup.Tree.$Properties
         * @property {Array.<meshbackup.Node.$Properties>|null} [nodes] Tree nodes
         * @property {number|null} [version] Tree version
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
         * Tree version.
         * @member {number} version
         * @memberof meshbackup.Tree
         * @instance
         */
        Tree.prototype.version = 0;

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
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.version);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.version = v;
                        else
                            delete m.version;
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
         * @property {Uint8Array|null} [admission] MeshInvite admission
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
         * MeshInvite admission.
         * @member {Uint8Array} admission
         * @memberof meshbackup.MeshInvite
         * @instance
         */
        MeshInvite.prototype.admission = $util.newBuffer([]);

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
            if (m.admission != null && $Object.hasOwnProperty.call(m, "admission") && m.admission.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.admission);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.admission = v;
                        else
                            delete m.admission;
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

        return MeshInvite;
    })();

    meshbackup.InviteRecord = (function() {

        /**
         * Properties of an InviteRecord.
         * @typedef {Object} meshbackup.InviteRecord.$Properties
         * @property {string|null} [inviteId] InviteRecord inviteId
         * @property {string|null} [issuer] InviteRecord issuer
         * @property {string|null} [meshId] InviteRecord meshId
         * @property {number|null} [expiresMs] InviteRecord expiresMs
         * @property {boolean|null} [singleUse] InviteRecord singleUse
         * @property {string|null} [site] InviteRecord site
         * @property {string|null} [media] InviteRecord media
         * @property {number|null} [issuedMs] InviteRecord issuedMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InviteRecord.
         * @memberof meshbackup
         * @interface IInviteRecord
         * @augments meshbackup.InviteRecord.$Properties
         * @deprecated Use meshbackup.InviteRecord.$Properties instead.
         */

        /**
         * Shape of an InviteRecord.
         * @typedef {meshbackup.InviteRecord.$Properties} meshbackup.InviteRecord.$Shape
         */

        /**
         * Constructs a new InviteRecord.
         * @memberof meshbackup
         * @classdesc Represents an InviteRecord.
         * @constructor
         * @param {meshbackup.InviteRecord.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InviteRecord = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * InviteRecord inviteId.
         * @member {string} inviteId
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.inviteId = "";

        /**
         * InviteRecord issuer.
         * @member {string} issuer
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.issuer = "";

        /**
         * InviteRecord meshId.
         * @member {string} meshId
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.meshId = "";

        /**
         * InviteRecord expiresMs.
         * @member {number} expiresMs
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * InviteRecord singleUse.
         * @member {boolean} singleUse
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.singleUse = false;

        /**
         * InviteRecord site.
         * @member {string} site
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.site = "";

        /**
         * InviteRecord media.
         * @member {string} media
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.media = "";

        /**
         * InviteRecord issuedMs.
         * @member {number} issuedMs
         * @memberof meshbackup.InviteRecord
         * @instance
         */
        InviteRecord.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified InviteRecord message. Does not implicitly {@link meshbackup.InviteRecord.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.InviteRecord
         * @static
         * @param {meshbackup.InviteRecord.$Properties} m InviteRecord message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InviteRecord.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.inviteId != null && $Object.hasOwnProperty.call(m, "inviteId") && m.inviteId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.inviteId);
            if (m.issuer != null && $Object.hasOwnProperty.call(m, "issuer") && m.issuer !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.issuer);
            if (m.meshId != null && $Object.hasOwnProperty.call(m, "meshId") && m.meshId !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.meshId);
            if (m.expiresMs != null && $Object.hasOwnProperty.call(m, "expiresMs") && (typeof m.expiresMs === "object" ? m.expiresMs.low || m.expiresMs.high : m.expiresMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.expiresMs);
            if (m.singleUse != null && $Object.hasOwnProperty.call(m, "singleUse") && m.singleUse !== false)
                w.uint32(/* id 5, wireType 0 =*/40).bool(m.singleUse);
            if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                w.uint32(/* id 6, wireType 2 =*/50).string(m.site);
            if (m.media != null && $Object.hasOwnProperty.call(m, "media") && m.media !== "")
                w.uint32(/* id 7, wireType 2 =*/58).string(m.media);
            if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                w.uint32(/* id 8, wireType 0 =*/64).int64(m.issuedMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an InviteRecord message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.InviteRecord
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.InviteRecord & meshbackup.InviteRecord.$Shape} InviteRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InviteRecord.decode = function (r, l, z, q, g) {
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
            m = g || new $root.meshbackup.InviteRecord();
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
                            m.inviteId = v;
                        else
                            delete m.inviteId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.issuer = v;
                        else
                            delete m.issuer;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.meshId = v;
                        else
                            delete m.meshId;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.expiresMs = v;
                        else
                            delete m.expiresMs;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.singleUse = v;
                        else
                            delete m.singleUse;
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
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.issuedMs = v;
                        else
                            delete m.issuedMs;
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

        return InviteRecord;
    })();

    meshbackup.SignedInvite = (function() {

        /**
         * Properties of a SignedInvite.
         * @typedef {Object} meshbackup.SignedInvite.$Properties
         * @property {Uint8Array|null} [record] SignedInvite record
         * @property {Uint8Array|null} [signature] SignedInvite signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignedInvite.
         * @memberof meshbackup
         * @interface ISignedInvite
         * @augments meshbackup.SignedInvite.$Properties
         * @deprecated Use meshbackup.SignedInvite.$Properties instead.
         */

        /**
         * Shape of a SignedInvite.
         * @typedef {meshbackup.SignedInvite.$Properties} meshbackup.SignedInvite.$Shape
         */

        /**
         * Constructs a new SignedInvite.
         * @memberof meshbackup
         * @classdesc Represents a SignedInvite.
         * @constructor
         * @param {meshbackup.SignedInvite.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignedInvite = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SignedInvite record.
         * @member {Uint8Array} record
         * @memberof meshbackup.SignedInvite
         * @instance
         */
        SignedInvite.prototype.record = $util.newBuffer([]);

        /**
         * SignedInvite signature.
         * @member {Uint8Array} signature
         * @memberof meshbackup.SignedInvite
         * @instance
         */
        SignedInvite.prototype.signature = $util.newBuffer([]);

        /**
         * Encodes the specified SignedInvite message. Does not implicitly {@link meshbackup.SignedInvite.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SignedInvite
         * @static
         * @param {meshbackup.SignedInvite.$Properties} m SignedInvite message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignedInvite.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.record != null && $Object.hasOwnProperty.call(m, "record") && m.record.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.record);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SignedInvite message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SignedInvite
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.SignedInvite & meshbackup.SignedInvite.$Shape} SignedInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignedInvite.decode = function (r, l, z, q, g) {
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
            m = g || new $root.meshbackup.SignedInvite();
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
                            m.record = v;
                        else
                            delete m.record;
                        continue;
                    }
                case 2: {
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

        return SignedInvite;
    })();

    meshbackup.MeshMembership = (function() {

        /**
         * Properties of a MeshMembership.
         * @typedef {Object} meshbackup.MeshMembership.$Properties
         * @property {string|null} [meshId] MeshMembership meshId
         * @property {Uint8Array|null} [secret] MeshMembership secret
         * @property {Uint8Array|null} [admission] MeshMembership admission
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
         * MeshMembership admission.
         * @member {Uint8Array} admission
         * @memberof meshbackup.MeshMembership
         * @instance
         */
        MeshMembership.prototype.admission = $util.newBuffer([]);

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
            if (m.admission != null && $Object.hasOwnProperty.call(m, "admission") && m.admission.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.admission);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.admission = v;
                        else
                            delete m.admission;
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

        return MeshMembership;
    })();

    meshbackup.MemberHello = (function() {

        /**
         * Properties of a MemberHello.
         * @typedef {Object} meshbackup.MemberHello.$Properties
         * @property {string|null} [meshId] MemberHello meshId
         * @property {Uint8Array|null} [proof] MemberHello proof
         * @property {string|null} [error] MemberHello error
         * @property {Uint8Array|null} [admission] MemberHello admission
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
         * MemberHello admission.
         * @member {Uint8Array} admission
         * @memberof meshbackup.MemberHello
         * @instance
         */
        MemberHello.prototype.admission = $util.newBuffer([]);

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
            if (m.admission != null && $Object.hasOwnProperty.call(m, "admission") && m.admission.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.admission);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.admission = v;
                        else
                            delete m.admission;
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

        return CatalogBody;
    })();

    return meshbackup;
})();

export {
  $root as default
};
