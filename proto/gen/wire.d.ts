import * as $protobuf from "protobufjs";
import Long = require("long");

import "./format.js";
export { meshbackup } from "./format.js";

declare module "./format.js" {
/** Namespace meshbackup. */
export namespace meshbackup {

    /**
     * Properties of a WireError.
     * @deprecated Use meshbackup.WireError.$Properties instead.
     */
    interface IWireError extends meshbackup.WireError.$Properties {
    }

    /** Represents a WireError. */
    class WireError {

        /**
         * Constructs a new WireError.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.WireError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WireError code. */
        code: number;

        /** WireError message. */
        message: string;

        /**
         * Encodes the specified WireError message. Does not implicitly {@link meshbackup.WireError.verify|verify} messages.
         * @param m WireError message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.WireError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WireError message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.WireError & meshbackup.WireError.$Shape} WireError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.WireError & meshbackup.WireError.$Shape;
    }

    namespace WireError {

        /** Properties of a WireError. */
        interface $Properties {

            /** WireError code */
            code?: (number|null);

            /** WireError message */
            message?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WireError. */
        type $Shape = meshbackup.WireError.$Properties;
    }

    /**
     * Properties of a ShardRef.
     * @deprecated Use meshbackup.ShardRef.$Properties instead.
     */
    interface IShardRef extends meshbackup.ShardRef.$Properties {
    }

    /** Represents a ShardRef. */
    class ShardRef {

        /**
         * Constructs a new ShardRef.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardRef.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardRef owner. */
        owner: string;

        /** ShardRef packId. */
        packId: Uint8Array;

        /** ShardRef index. */
        index: number;

        /**
         * Encodes the specified ShardRef message. Does not implicitly {@link meshbackup.ShardRef.verify|verify} messages.
         * @param m ShardRef message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardRef message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardRef & meshbackup.ShardRef.$Shape} ShardRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardRef & meshbackup.ShardRef.$Shape;
    }

    namespace ShardRef {

        /** Properties of a ShardRef. */
        interface $Properties {

            /** ShardRef owner */
            owner?: (string|null);

            /** ShardRef packId */
            packId?: (Uint8Array|null);

            /** ShardRef index */
            index?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardRef. */
        type $Shape = meshbackup.ShardRef.$Properties;
    }

    /**
     * Properties of a ShardPutRequest.
     * @deprecated Use meshbackup.ShardPutRequest.$Properties instead.
     */
    interface IShardPutRequest extends meshbackup.ShardPutRequest.$Properties {
    }

    /** Represents a ShardPutRequest. */
    class ShardPutRequest {

        /**
         * Constructs a new ShardPutRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardPutRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardPutRequest header. */
        header?: (meshbackup.ShardHeader.$Properties|null);

        /**
         * Encodes the specified ShardPutRequest message. Does not implicitly {@link meshbackup.ShardPutRequest.verify|verify} messages.
         * @param m ShardPutRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape} ShardPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape;
    }

    namespace ShardPutRequest {

        /** Properties of a ShardPutRequest. */
        interface $Properties {

            /** ShardPutRequest header */
            header?: (meshbackup.ShardHeader.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardPutRequest. */
        type $Shape = meshbackup.ShardPutRequest.$Properties;
    }

    /**
     * Properties of a ShardGetRequest.
     * @deprecated Use meshbackup.ShardGetRequest.$Properties instead.
     */
    interface IShardGetRequest extends meshbackup.ShardGetRequest.$Properties {
    }

    /** Represents a ShardGetRequest. */
    class ShardGetRequest {

        /**
         * Constructs a new ShardGetRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardGetRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardGetRequest ref. */
        ref?: (meshbackup.ShardRef.$Properties|null);

        /** ShardGetRequest offset. */
        offset: number;

        /** ShardGetRequest length. */
        length: number;

        /**
         * Encodes the specified ShardGetRequest message. Does not implicitly {@link meshbackup.ShardGetRequest.verify|verify} messages.
         * @param m ShardGetRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardGetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardGetRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape} ShardGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape;
    }

    namespace ShardGetRequest {

        /** Properties of a ShardGetRequest. */
        interface $Properties {

            /** ShardGetRequest ref */
            ref?: (meshbackup.ShardRef.$Properties|null);

            /** ShardGetRequest offset */
            offset?: (number|null);

            /** ShardGetRequest length */
            length?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardGetRequest. */
        type $Shape = meshbackup.ShardGetRequest.$Properties;
    }

    /**
     * Properties of a ShardHasRequest.
     * @deprecated Use meshbackup.ShardHasRequest.$Properties instead.
     */
    interface IShardHasRequest extends meshbackup.ShardHasRequest.$Properties {
    }

    /** Represents a ShardHasRequest. */
    class ShardHasRequest {

        /**
         * Constructs a new ShardHasRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardHasRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardHasRequest refs. */
        refs: meshbackup.ShardRef.$Properties[];

        /**
         * Encodes the specified ShardHasRequest message. Does not implicitly {@link meshbackup.ShardHasRequest.verify|verify} messages.
         * @param m ShardHasRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHasRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHasRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape} ShardHasRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape;
    }

    namespace ShardHasRequest {

        /** Properties of a ShardHasRequest. */
        interface $Properties {

            /** ShardHasRequest refs */
            refs?: (meshbackup.ShardRef.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardHasRequest. */
        type $Shape = meshbackup.ShardHasRequest.$Properties;
    }

    /**
     * Properties of a ShardListRequest.
     * @deprecated Use meshbackup.ShardListRequest.$Properties instead.
     */
    interface IShardListRequest extends meshbackup.ShardListRequest.$Properties {
    }

    /** Represents a ShardListRequest. */
    class ShardListRequest {

        /**
         * Constructs a new ShardListRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardListRequest owner. */
        owner: string;

        /** ShardListRequest after. */
        after: string;

        /** ShardListRequest limit. */
        limit: number;

        /**
         * Encodes the specified ShardListRequest message. Does not implicitly {@link meshbackup.ShardListRequest.verify|verify} messages.
         * @param m ShardListRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape} ShardListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape;
    }

    namespace ShardListRequest {

        /** Properties of a ShardListRequest. */
        interface $Properties {

            /** ShardListRequest owner */
            owner?: (string|null);

            /** ShardListRequest after */
            after?: (string|null);

            /** ShardListRequest limit */
            limit?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardListRequest. */
        type $Shape = meshbackup.ShardListRequest.$Properties;
    }

    /**
     * Properties of a ShardDeleteRequest.
     * @deprecated Use meshbackup.ShardDeleteRequest.$Properties instead.
     */
    interface IShardDeleteRequest extends meshbackup.ShardDeleteRequest.$Properties {
    }

    /** Represents a ShardDeleteRequest. */
    class ShardDeleteRequest {

        /**
         * Constructs a new ShardDeleteRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardDeleteRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardDeleteRequest ref. */
        ref?: (meshbackup.ShardRef.$Properties|null);

        /** ShardDeleteRequest timeMs. */
        timeMs: number;

        /** ShardDeleteRequest signature. */
        signature: Uint8Array;

        /**
         * Encodes the specified ShardDeleteRequest message. Does not implicitly {@link meshbackup.ShardDeleteRequest.verify|verify} messages.
         * @param m ShardDeleteRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardDeleteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardDeleteRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape} ShardDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape;
    }

    namespace ShardDeleteRequest {

        /** Properties of a ShardDeleteRequest. */
        interface $Properties {

            /** ShardDeleteRequest ref */
            ref?: (meshbackup.ShardRef.$Properties|null);

            /** ShardDeleteRequest timeMs */
            timeMs?: (number|null);

            /** ShardDeleteRequest signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardDeleteRequest. */
        type $Shape = meshbackup.ShardDeleteRequest.$Properties;
    }

    /**
     * Properties of a ShardRequest.
     * @deprecated Use meshbackup.ShardRequest.$Properties instead.
     */
    interface IShardRequest extends meshbackup.ShardRequest.$Properties {
    }

    /** Represents a ShardRequest. */
    class ShardRequest {

        /**
         * Constructs a new ShardRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardRequest put. */
        put?: (meshbackup.ShardPutRequest.$Properties|null);

        /** ShardRequest get. */
        get?: (meshbackup.ShardGetRequest.$Properties|null);

        /** ShardRequest has. */
        has?: (meshbackup.ShardHasRequest.$Properties|null);

        /** ShardRequest list. */
        list?: (meshbackup.ShardListRequest.$Properties|null);

        /** ShardRequest remove. */
        remove?: (meshbackup.ShardDeleteRequest.$Properties|null);

        /** ShardRequest op. */
        op?: ("put"|"get"|"has"|"list"|"remove");

        /**
         * Encodes the specified ShardRequest message. Does not implicitly {@link meshbackup.ShardRequest.verify|verify} messages.
         * @param m ShardRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape} ShardRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape;
    }

    namespace ShardRequest {

        /** Properties of a ShardRequest. */
        interface $Properties {

            /** ShardRequest put */
            put?: (meshbackup.ShardPutRequest.$Properties|null);

            /** ShardRequest get */
            get?: (meshbackup.ShardGetRequest.$Properties|null);

            /** ShardRequest has */
            has?: (meshbackup.ShardHasRequest.$Properties|null);

            /** ShardRequest list */
            list?: (meshbackup.ShardListRequest.$Properties|null);

            /** ShardRequest remove */
            remove?: (meshbackup.ShardDeleteRequest.$Properties|null);

            /** ShardRequest op */
            op?: ("put"|"get"|"has"|"list"|"remove");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ShardRequest. */
        type $Shape = {
          put?: meshbackup.ShardPutRequest.$Shape|null;
          get?: meshbackup.ShardGetRequest.$Shape|null;
          has?: meshbackup.ShardHasRequest.$Shape|null;
          list?: meshbackup.ShardListRequest.$Shape|null;
          remove?: meshbackup.ShardDeleteRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ op?: undefined; put?: null; get?: null; has?: null; list?: null; remove?: null }|{ op?: "put"; put: meshbackup.ShardPutRequest.$Shape; get?: null; has?: null; list?: null; remove?: null }|{ op?: "get"; put?: null; get: meshbackup.ShardGetRequest.$Shape; has?: null; list?: null; remove?: null }|{ op?: "has"; put?: null; get?: null; has: meshbackup.ShardHasRequest.$Shape; list?: null; remove?: null }|{ op?: "list"; put?: null; get?: null; has?: null; list: meshbackup.ShardListRequest.$Shape; remove?: null }|{ op?: "remove"; put?: null; get?: null; has?: null; list?: null; remove: meshbackup.ShardDeleteRequest.$Shape })
        );
    }

    /**
     * Properties of a ShardPutReady.
     * @deprecated Use meshbackup.ShardPutReady.$Properties instead.
     */
    interface IShardPutReady extends meshbackup.ShardPutReady.$Properties {
    }

    /** Represents a ShardPutReady. */
    class ShardPutReady {

        /**
         * Constructs a new ShardPutReady.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardPutReady.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified ShardPutReady message. Does not implicitly {@link meshbackup.ShardPutReady.verify|verify} messages.
         * @param m ShardPutReady message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutReady.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutReady message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape} ShardPutReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape;
    }

    namespace ShardPutReady {

        /** Properties of a ShardPutReady. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardPutReady. */
        type $Shape = meshbackup.ShardPutReady.$Properties;
    }

    /**
     * Properties of a ShardPutDone.
     * @deprecated Use meshbackup.ShardPutDone.$Properties instead.
     */
    interface IShardPutDone extends meshbackup.ShardPutDone.$Properties {
    }

    /** Represents a ShardPutDone. */
    class ShardPutDone {

        /**
         * Constructs a new ShardPutDone.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardPutDone.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardPutDone existed. */
        existed: boolean;

        /**
         * Encodes the specified ShardPutDone message. Does not implicitly {@link meshbackup.ShardPutDone.verify|verify} messages.
         * @param m ShardPutDone message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutDone.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutDone message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape} ShardPutDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape;
    }

    namespace ShardPutDone {

        /** Properties of a ShardPutDone. */
        interface $Properties {

            /** ShardPutDone existed */
            existed?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardPutDone. */
        type $Shape = meshbackup.ShardPutDone.$Properties;
    }

    /**
     * Properties of a ShardGetResponse.
     * @deprecated Use meshbackup.ShardGetResponse.$Properties instead.
     */
    interface IShardGetResponse extends meshbackup.ShardGetResponse.$Properties {
    }

    /** Represents a ShardGetResponse. */
    class ShardGetResponse {

        /**
         * Constructs a new ShardGetResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardGetResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardGetResponse header. */
        header?: (meshbackup.ShardHeader.$Properties|null);

        /** ShardGetResponse offset. */
        offset: number;

        /** ShardGetResponse length. */
        length: number;

        /**
         * Encodes the specified ShardGetResponse message. Does not implicitly {@link meshbackup.ShardGetResponse.verify|verify} messages.
         * @param m ShardGetResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardGetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardGetResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape} ShardGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape;
    }

    namespace ShardGetResponse {

        /** Properties of a ShardGetResponse. */
        interface $Properties {

            /** ShardGetResponse header */
            header?: (meshbackup.ShardHeader.$Properties|null);

            /** ShardGetResponse offset */
            offset?: (number|null);

            /** ShardGetResponse length */
            length?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardGetResponse. */
        type $Shape = meshbackup.ShardGetResponse.$Properties;
    }

    /**
     * Properties of a ShardHasResponse.
     * @deprecated Use meshbackup.ShardHasResponse.$Properties instead.
     */
    interface IShardHasResponse extends meshbackup.ShardHasResponse.$Properties {
    }

    /** Represents a ShardHasResponse. */
    class ShardHasResponse {

        /**
         * Constructs a new ShardHasResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardHasResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardHasResponse present. */
        present: boolean[];

        /**
         * Encodes the specified ShardHasResponse message. Does not implicitly {@link meshbackup.ShardHasResponse.verify|verify} messages.
         * @param m ShardHasResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHasResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHasResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape} ShardHasResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape;
    }

    namespace ShardHasResponse {

        /** Properties of a ShardHasResponse. */
        interface $Properties {

            /** ShardHasResponse present */
            present?: (boolean[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardHasResponse. */
        type $Shape = meshbackup.ShardHasResponse.$Properties;
    }

    /**
     * Properties of a ShardListEntry.
     * @deprecated Use meshbackup.ShardListEntry.$Properties instead.
     */
    interface IShardListEntry extends meshbackup.ShardListEntry.$Properties {
    }

    /** Represents a ShardListEntry. */
    class ShardListEntry {

        /**
         * Constructs a new ShardListEntry.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardListEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardListEntry packId. */
        packId: Uint8Array;

        /** ShardListEntry index. */
        index: number;

        /** ShardListEntry length. */
        length: number;

        /**
         * Encodes the specified ShardListEntry message. Does not implicitly {@link meshbackup.ShardListEntry.verify|verify} messages.
         * @param m ShardListEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape} ShardListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape;
    }

    namespace ShardListEntry {

        /** Properties of a ShardListEntry. */
        interface $Properties {

            /** ShardListEntry packId */
            packId?: (Uint8Array|null);

            /** ShardListEntry index */
            index?: (number|null);

            /** ShardListEntry length */
            length?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardListEntry. */
        type $Shape = meshbackup.ShardListEntry.$Properties;
    }

    /**
     * Properties of a ShardListResponse.
     * @deprecated Use meshbackup.ShardListResponse.$Properties instead.
     */
    interface IShardListResponse extends meshbackup.ShardListResponse.$Properties {
    }

    /** Represents a ShardListResponse. */
    class ShardListResponse {

        /**
         * Constructs a new ShardListResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardListResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardListResponse entries. */
        entries: meshbackup.ShardListEntry.$Properties[];

        /** ShardListResponse next. */
        next: string;

        /**
         * Encodes the specified ShardListResponse message. Does not implicitly {@link meshbackup.ShardListResponse.verify|verify} messages.
         * @param m ShardListResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape} ShardListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape;
    }

    namespace ShardListResponse {

        /** Properties of a ShardListResponse. */
        interface $Properties {

            /** ShardListResponse entries */
            entries?: (meshbackup.ShardListEntry.$Properties[]|null);

            /** ShardListResponse next */
            next?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardListResponse. */
        type $Shape = meshbackup.ShardListResponse.$Properties;
    }

    /**
     * Properties of a ShardDeleteResponse.
     * @deprecated Use meshbackup.ShardDeleteResponse.$Properties instead.
     */
    interface IShardDeleteResponse extends meshbackup.ShardDeleteResponse.$Properties {
    }

    /** Represents a ShardDeleteResponse. */
    class ShardDeleteResponse {

        /**
         * Constructs a new ShardDeleteResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardDeleteResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardDeleteResponse deleted. */
        deleted: boolean;

        /**
         * Encodes the specified ShardDeleteResponse message. Does not implicitly {@link meshbackup.ShardDeleteResponse.verify|verify} messages.
         * @param m ShardDeleteResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardDeleteResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardDeleteResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape} ShardDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape;
    }

    namespace ShardDeleteResponse {

        /** Properties of a ShardDeleteResponse. */
        interface $Properties {

            /** ShardDeleteResponse deleted */
            deleted?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardDeleteResponse. */
        type $Shape = meshbackup.ShardDeleteResponse.$Properties;
    }

    /**
     * Properties of a ShardResponse.
     * @deprecated Use meshbackup.ShardResponse.$Properties instead.
     */
    interface IShardResponse extends meshbackup.ShardResponse.$Properties {
    }

    /** Represents a ShardResponse. */
    class ShardResponse {

        /**
         * Constructs a new ShardResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardResponse error. */
        error?: (meshbackup.WireError.$Properties|null);

        /** ShardResponse putReady. */
        putReady?: (meshbackup.ShardPutReady.$Properties|null);

        /** ShardResponse putDone. */
        putDone?: (meshbackup.ShardPutDone.$Properties|null);

        /** ShardResponse get. */
        get?: (meshbackup.ShardGetResponse.$Properties|null);

        /** ShardResponse has. */
        has?: (meshbackup.ShardHasResponse.$Properties|null);

        /** ShardResponse list. */
        list?: (meshbackup.ShardListResponse.$Properties|null);

        /** ShardResponse remove. */
        remove?: (meshbackup.ShardDeleteResponse.$Properties|null);

        /** ShardResponse result. */
        result?: ("error"|"putReady"|"putDone"|"get"|"has"|"list"|"remove");

        /**
         * Encodes the specified ShardResponse message. Does not implicitly {@link meshbackup.ShardResponse.verify|verify} messages.
         * @param m ShardResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape} ShardResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape;
    }

    namespace ShardResponse {

        /** Properties of a ShardResponse. */
        interface $Properties {

            /** ShardResponse error */
            error?: (meshbackup.WireError.$Properties|null);

            /** ShardResponse putReady */
            putReady?: (meshbackup.ShardPutReady.$Properties|null);

            /** ShardResponse putDone */
            putDone?: (meshbackup.ShardPutDone.$Properties|null);

            /** ShardResponse get */
            get?: (meshbackup.ShardGetResponse.$Properties|null);

            /** ShardResponse has */
            has?: (meshbackup.ShardHasResponse.$Properties|null);

            /** ShardResponse list */
            list?: (meshbackup.ShardListResponse.$Properties|null);

            /** ShardResponse remove */
            remove?: (meshbackup.ShardDeleteResponse.$Properties|null);

            /** ShardResponse result */
            result?: ("error"|"putReady"|"putDone"|"get"|"has"|"list"|"remove");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ShardResponse. */
        type $Shape = {
          error?: meshbackup.WireError.$Shape|null;
          putReady?: meshbackup.ShardPutReady.$Shape|null;
          putDone?: meshbackup.ShardPutDone.$Shape|null;
          get?: meshbackup.ShardGetResponse.$Shape|null;
          has?: meshbackup.ShardHasResponse.$Shape|null;
          list?: meshbackup.ShardListResponse.$Shape|null;
          remove?: meshbackup.ShardDeleteResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "putReady"; error?: null; putReady: meshbackup.ShardPutReady.$Shape; putDone?: null; get?: null; has?: null; list?: null; remove?: null }|{ result?: "putDone"; error?: null; putReady?: null; putDone: meshbackup.ShardPutDone.$Shape; get?: null; has?: null; list?: null; remove?: null }|{ result?: "get"; error?: null; putReady?: null; putDone?: null; get: meshbackup.ShardGetResponse.$Shape; has?: null; list?: null; remove?: null }|{ result?: "has"; error?: null; putReady?: null; putDone?: null; get?: null; has: meshbackup.ShardHasResponse.$Shape; list?: null; remove?: null }|{ result?: "list"; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list: meshbackup.ShardListResponse.$Shape; remove?: null }|{ result?: "remove"; error?: null; putReady?: null; putDone?: null; get?: null; has?: null; list?: null; remove: meshbackup.ShardDeleteResponse.$Shape })
        );
    }
}
}
