/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
import "./format.js";

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

        return ShardResponse;
    })();

    return meshbackup;
})();

export {
  $root as default
};
