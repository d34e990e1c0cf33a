/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
import "./format.js";
import "./wire.js";

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
         * @property {Uint8Array|null} [admission] Heartbeat admission
         * @property {Array.<meshbackup.SourceSummary.$Properties>|null} [sources] Heartbeat sources
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
            this.sources = [];
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
         * Heartbeat admission.
         * @member {Uint8Array} admission
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.admission = $util.newBuffer([]);

        /**
         * Heartbeat sources.
         * @member {Array.<meshbackup.SourceSummary.$Properties>} sources
         * @memberof meshbackup.Heartbeat
         * @instance
         */
        Heartbeat.prototype.sources = $util.emptyArray;

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
            if (m.admission != null && $Object.hasOwnProperty.call(m, "admission") && m.admission.length)
                w.uint32(/* id 14, wireType 2 =*/114).bytes(m.admission);
            if (m.sources != null && m.sources.length) {
                for (var i = 0; i < m.sources.length; ++i)
                    $root.meshbackup.SourceSummary.encode(m.sources[i], w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 14: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.admission = v;
                        else
                            delete m.admission;
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        if (!(m.sources && m.sources.length))
                            m.sources = [];
                        m.sources.push($root.meshbackup.SourceSummary.decode(r, r.size(), $undefined, q + 1));
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

        return Heartbeat;
    })();

    meshbackup.SourceSummary = (function() {

        /**
         * Properties of a SourceSummary.
         * @typedef {Object} meshbackup.SourceSummary.$Properties
         * @property {string|null} [name] SourceSummary name
         * @property {number|null} [lastSuccessMs] SourceSummary lastSuccessMs
         * @property {number|null} [lastAttemptMs] SourceSummary lastAttemptMs
         * @property {boolean|null} [lastAttemptFailed] SourceSummary lastAttemptFailed
         * @property {number|null} [rpoSeconds] SourceSummary rpoSeconds
         * @property {number|null} [rtoSeconds] SourceSummary rtoSeconds
         * @property {number|null} [lastDrillMs] SourceSummary lastDrillMs
         * @property {number|null} [lastDrillSeconds] SourceSummary lastDrillSeconds
         * @property {boolean|null} [lastDrillOk] SourceSummary lastDrillOk
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SourceSummary.
         * @memberof meshbackup
         * @interface ISourceSummary
         * @augments meshbackup.SourceSummary.$Properties
         * @deprecated Use meshbackup.SourceSummary.$Properties instead.
         */

        /**
         * Shape of a SourceSummary.
         * @typedef {meshbackup.SourceSummary.$Properties} meshbackup.SourceSummary.$Shape
         */

        /**
         * Constructs a new SourceSummary.
         * @memberof meshbackup
         * @classdesc Represents a SourceSummary.
         * @constructor
         * @param {meshbackup.SourceSummary.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SourceSummary = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SourceSummary name.
         * @member {string} name
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.name = "";

        /**
         * SourceSummary lastSuccessMs.
         * @member {number} lastSuccessMs
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastSuccessMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SourceSummary lastAttemptMs.
         * @member {number} lastAttemptMs
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastAttemptMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SourceSummary lastAttemptFailed.
         * @member {boolean} lastAttemptFailed
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastAttemptFailed = false;

        /**
         * SourceSummary rpoSeconds.
         * @member {number} rpoSeconds
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.rpoSeconds = 0;

        /**
         * SourceSummary rtoSeconds.
         * @member {number} rtoSeconds
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.rtoSeconds = 0;

        /**
         * SourceSummary lastDrillMs.
         * @member {number} lastDrillMs
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastDrillMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SourceSummary lastDrillSeconds.
         * @member {number} lastDrillSeconds
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastDrillSeconds = 0;

        /**
         * SourceSummary lastDrillOk.
         * @member {boolean} lastDrillOk
         * @memberof meshbackup.SourceSummary
         * @instance
         */
        SourceSummary.prototype.lastDrillOk = false;

        /**
         * Encodes the specified SourceSummary message. Does not implicitly {@link meshbackup.SourceSummary.verify|verify} messages.
         * @function encode
         * @memberof meshbackup.SourceSummary
         * @static
         * @param {meshbackup.SourceSummary.$Properties} m SourceSummary message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SourceSummary.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.lastSuccessMs != null && $Object.hasOwnProperty.call(m, "lastSuccessMs") && (typeof m.lastSuccessMs === "object" ? m.lastSuccessMs.low || m.lastSuccessMs.high : m.lastSuccessMs !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).int64(m.lastSuccessMs);
            if (m.lastAttemptMs != null && $Object.hasOwnProperty.call(m, "lastAttemptMs") && (typeof m.lastAttemptMs === "object" ? m.lastAttemptMs.low || m.lastAttemptMs.high : m.lastAttemptMs !== 0))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.lastAttemptMs);
            if (m.lastAttemptFailed != null && $Object.hasOwnProperty.call(m, "lastAttemptFailed") && m.lastAttemptFailed !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.lastAttemptFailed);
            if (m.rpoSeconds != null && $Object.hasOwnProperty.call(m, "rpoSeconds") && m.rpoSeconds !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.rpoSeconds);
            if (m.rtoSeconds != null && $Object.hasOwnProperty.call(m, "rtoSeconds") && m.rtoSeconds !== 0)
                w.uint32(/* id 6, wireType 0 =*/48).uint32(m.rtoSeconds);
            if (m.lastDrillMs != null && $Object.hasOwnProperty.call(m, "lastDrillMs") && (typeof m.lastDrillMs === "object" ? m.lastDrillMs.low || m.lastDrillMs.high : m.lastDrillMs !== 0))
                w.uint32(/* id 7, wireType 0 =*/56).int64(m.lastDrillMs);
            if (m.lastDrillSeconds != null && $Object.hasOwnProperty.call(m, "lastDrillSeconds") && m.lastDrillSeconds !== 0)
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.lastDrillSeconds);
            if (m.lastDrillOk != null && $Object.hasOwnProperty.call(m, "lastDrillOk") && m.lastDrillOk !== false)
                w.uint32(/* id 9, wireType 0 =*/72).bool(m.lastDrillOk);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SourceSummary message from the specified reader or buffer.
         * @function decode
         * @memberof meshbackup.SourceSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {meshbackup.SourceSummary & meshbackup.SourceSummary.$Shape} SourceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SourceSummary.decode = function (r, l, z, q, g) {
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
            m = g || new $root.meshbackup.SourceSummary();
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
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastSuccessMs = v;
                        else
                            delete m.lastSuccessMs;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastAttemptMs = v;
                        else
                            delete m.lastAttemptMs;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.lastAttemptFailed = v;
                        else
                            delete m.lastAttemptFailed;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.rpoSeconds = v;
                        else
                            delete m.rpoSeconds;
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.rtoSeconds = v;
                        else
                            delete m.rtoSeconds;
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                            m.lastDrillMs = v;
                        else
                            delete m.lastDrillMs;
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.lastDrillSeconds = v;
                        else
                            delete m.lastDrillSeconds;
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.lastDrillOk = v;
                        else
                            delete m.lastDrillOk;
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

        return SourceSummary;
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
         * @property {string|null} [attestedBy] PeerTableEntry attestedBy
         * @property {string|null} [inviteId] PeerTableEntry inviteId
         * @property {Array.<meshbackup.SourceSummary.$Properties>|null} [sources] PeerTableEntry sources
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
            this.sources = [];
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
         * PeerTableEntry attestedBy.
         * @member {string} attestedBy
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.attestedBy = "";

        /**
         * PeerTableEntry inviteId.
         * @member {string} inviteId
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.inviteId = "";

        /**
         * PeerTableEntry sources.
         * @member {Array.<meshbackup.SourceSummary.$Properties>} sources
         * @memberof meshbackup.PeerTableEntry
         * @instance
         */
        PeerTableEntry.prototype.sources = $util.emptyArray;

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
            if (m.attestedBy != null && $Object.hasOwnProperty.call(m, "attestedBy") && m.attestedBy !== "")
                w.uint32(/* id 12, wireType 2 =*/98).string(m.attestedBy);
            if (m.inviteId != null && $Object.hasOwnProperty.call(m, "inviteId") && m.inviteId !== "")
                w.uint32(/* id 13, wireType 2 =*/106).string(m.inviteId);
            if (m.sources != null && m.sources.length) {
                for (var i = 0; i < m.sources.length; ++i)
                    $root.meshbackup.SourceSummary.encode(m.sources[i], w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
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
                case 12: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.attestedBy = v;
                        else
                            delete m.attestedBy;
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.inviteId = v;
                        else
                            delete m.inviteId;
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        if (!(m.sources && m.sources.length))
                            m.sources = [];
                        m.sources.push($root.meshbackup.SourceSummary.decode(r, r.size(), $undefined, q + 1));
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

        return PeerTableEntry;
    })();

    return meshbackup;
})();

export {
  $root as default
};
