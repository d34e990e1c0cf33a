import * as $protobuf from "protobufjs";
import Long = require("long");

import "./format.js";
import "./wire.js";
export { meshbackup } from "./format.js";

declare module "./format.js" {
/** Namespace meshbackup. */
export namespace meshbackup {

    /**
     * Properties of a CatalogRecord.
     * @deprecated Use meshbackup.CatalogRecord.$Properties instead.
     */
    interface ICatalogRecord extends meshbackup.CatalogRecord.$Properties {
    }

    /** Represents a CatalogRecord. */
    class CatalogRecord {

        /**
         * Constructs a new CatalogRecord.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogRecord owner. */
        owner: string;

        /** CatalogRecord version. */
        version: number;

        /** CatalogRecord body. */
        body: Uint8Array;

        /** CatalogRecord timeMs. */
        timeMs: number;

        /** CatalogRecord signature. */
        signature: Uint8Array;

        /**
         * Encodes the specified CatalogRecord message. Does not implicitly {@link meshbackup.CatalogRecord.verify|verify} messages.
         * @param m CatalogRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape} CatalogRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape;
    }

    namespace CatalogRecord {

        /** Properties of a CatalogRecord. */
        interface $Properties {

            /** CatalogRecord owner */
            owner?: (string|null);

            /** CatalogRecord version */
            version?: (number|null);

            /** CatalogRecord body */
            body?: (Uint8Array|null);

            /** CatalogRecord timeMs */
            timeMs?: (number|null);

            /** CatalogRecord signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogRecord. */
        type $Shape = meshbackup.CatalogRecord.$Properties;
    }

    /**
     * Properties of a CatalogGetRequest.
     * @deprecated Use meshbackup.CatalogGetRequest.$Properties instead.
     */
    interface ICatalogGetRequest extends meshbackup.CatalogGetRequest.$Properties {
    }

    /** Represents a CatalogGetRequest. */
    class CatalogGetRequest {

        /**
         * Constructs a new CatalogGetRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogGetRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogGetRequest owner. */
        owner: string;

        /**
         * Encodes the specified CatalogGetRequest message. Does not implicitly {@link meshbackup.CatalogGetRequest.verify|verify} messages.
         * @param m CatalogGetRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogGetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogGetRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape} CatalogGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape;
    }

    namespace CatalogGetRequest {

        /** Properties of a CatalogGetRequest. */
        interface $Properties {

            /** CatalogGetRequest owner */
            owner?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogGetRequest. */
        type $Shape = meshbackup.CatalogGetRequest.$Properties;
    }

    /**
     * Properties of a CatalogPutRequest.
     * @deprecated Use meshbackup.CatalogPutRequest.$Properties instead.
     */
    interface ICatalogPutRequest extends meshbackup.CatalogPutRequest.$Properties {
    }

    /** Represents a CatalogPutRequest. */
    class CatalogPutRequest {

        /**
         * Constructs a new CatalogPutRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogPutRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogPutRequest record. */
        record?: (meshbackup.CatalogRecord.$Properties|null);

        /**
         * Encodes the specified CatalogPutRequest message. Does not implicitly {@link meshbackup.CatalogPutRequest.verify|verify} messages.
         * @param m CatalogPutRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogPutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogPutRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape} CatalogPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape;
    }

    namespace CatalogPutRequest {

        /** Properties of a CatalogPutRequest. */
        interface $Properties {

            /** CatalogPutRequest record */
            record?: (meshbackup.CatalogRecord.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogPutRequest. */
        type $Shape = meshbackup.CatalogPutRequest.$Properties;
    }

    /**
     * Properties of a CatalogListRequest.
     * @deprecated Use meshbackup.CatalogListRequest.$Properties instead.
     */
    interface ICatalogListRequest extends meshbackup.CatalogListRequest.$Properties {
    }

    /** Represents a CatalogListRequest. */
    class CatalogListRequest {

        /**
         * Constructs a new CatalogListRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogListRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified CatalogListRequest message. Does not implicitly {@link meshbackup.CatalogListRequest.verify|verify} messages.
         * @param m CatalogListRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape} CatalogListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape;
    }

    namespace CatalogListRequest {

        /** Properties of a CatalogListRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogListRequest. */
        type $Shape = meshbackup.CatalogListRequest.$Properties;
    }

    /**
     * Properties of a CatalogRequest.
     * @deprecated Use meshbackup.CatalogRequest.$Properties instead.
     */
    interface ICatalogRequest extends meshbackup.CatalogRequest.$Properties {
    }

    /** Represents a CatalogRequest. */
    class CatalogRequest {

        /**
         * Constructs a new CatalogRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogRequest get. */
        get?: (meshbackup.CatalogGetRequest.$Properties|null);

        /** CatalogRequest put. */
        put?: (meshbackup.CatalogPutRequest.$Properties|null);

        /** CatalogRequest list. */
        list?: (meshbackup.CatalogListRequest.$Properties|null);

        /** CatalogRequest op. */
        op?: ("get"|"put"|"list");

        /**
         * Encodes the specified CatalogRequest message. Does not implicitly {@link meshbackup.CatalogRequest.verify|verify} messages.
         * @param m CatalogRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape} CatalogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape;
    }

    namespace CatalogRequest {

        /** Properties of a CatalogRequest. */
        interface $Properties {

            /** CatalogRequest get */
            get?: (meshbackup.CatalogGetRequest.$Properties|null);

            /** CatalogRequest put */
            put?: (meshbackup.CatalogPutRequest.$Properties|null);

            /** CatalogRequest list */
            list?: (meshbackup.CatalogListRequest.$Properties|null);

            /** CatalogRequest op */
            op?: ("get"|"put"|"list");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a CatalogRequest. */
        type $Shape = {
          get?: meshbackup.CatalogGetRequest.$Shape|null;
          put?: meshbackup.CatalogPutRequest.$Shape|null;
          list?: meshbackup.CatalogListRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ op?: undefined; get?: null; put?: null; list?: null }|{ op?: "get"; get: meshbackup.CatalogGetRequest.$Shape; put?: null; list?: null }|{ op?: "put"; get?: null; put: meshbackup.CatalogPutRequest.$Shape; list?: null }|{ op?: "list"; get?: null; put?: null; list: meshbackup.CatalogListRequest.$Shape })
        );
    }

    /**
     * Properties of a CatalogGetResponse.
     * @deprecated Use meshbackup.CatalogGetResponse.$Properties instead.
     */
    interface ICatalogGetResponse extends meshbackup.CatalogGetResponse.$Properties {
    }

    /** Represents a CatalogGetResponse. */
    class CatalogGetResponse {

        /**
         * Constructs a new CatalogGetResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogGetResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogGetResponse record. */
        record?: (meshbackup.CatalogRecord.$Properties|null);

        /**
         * Encodes the specified CatalogGetResponse message. Does not implicitly {@link meshbackup.CatalogGetResponse.verify|verify} messages.
         * @param m CatalogGetResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogGetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogGetResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape} CatalogGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape;
    }

    namespace CatalogGetResponse {

        /** Properties of a CatalogGetResponse. */
        interface $Properties {

            /** CatalogGetResponse record */
            record?: (meshbackup.CatalogRecord.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogGetResponse. */
        type $Shape = meshbackup.CatalogGetResponse.$Properties;
    }

    /**
     * Properties of a CatalogPutResponse.
     * @deprecated Use meshbackup.CatalogPutResponse.$Properties instead.
     */
    interface ICatalogPutResponse extends meshbackup.CatalogPutResponse.$Properties {
    }

    /** Represents a CatalogPutResponse. */
    class CatalogPutResponse {

        /**
         * Constructs a new CatalogPutResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogPutResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogPutResponse existed. */
        existed: boolean;

        /**
         * Encodes the specified CatalogPutResponse message. Does not implicitly {@link meshbackup.CatalogPutResponse.verify|verify} messages.
         * @param m CatalogPutResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogPutResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogPutResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape} CatalogPutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape;
    }

    namespace CatalogPutResponse {

        /** Properties of a CatalogPutResponse. */
        interface $Properties {

            /** CatalogPutResponse existed */
            existed?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogPutResponse. */
        type $Shape = meshbackup.CatalogPutResponse.$Properties;
    }

    /**
     * Properties of a CatalogListEntry.
     * @deprecated Use meshbackup.CatalogListEntry.$Properties instead.
     */
    interface ICatalogListEntry extends meshbackup.CatalogListEntry.$Properties {
    }

    /** Represents a CatalogListEntry. */
    class CatalogListEntry {

        /**
         * Constructs a new CatalogListEntry.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogListEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogListEntry owner. */
        owner: string;

        /** CatalogListEntry version. */
        version: number;

        /** CatalogListEntry timeMs. */
        timeMs: number;

        /**
         * Encodes the specified CatalogListEntry message. Does not implicitly {@link meshbackup.CatalogListEntry.verify|verify} messages.
         * @param m CatalogListEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape} CatalogListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape;
    }

    namespace CatalogListEntry {

        /** Properties of a CatalogListEntry. */
        interface $Properties {

            /** CatalogListEntry owner */
            owner?: (string|null);

            /** CatalogListEntry version */
            version?: (number|null);

            /** CatalogListEntry timeMs */
            timeMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogListEntry. */
        type $Shape = meshbackup.CatalogListEntry.$Properties;
    }

    /**
     * Properties of a CatalogListResponse.
     * @deprecated Use meshbackup.CatalogListResponse.$Properties instead.
     */
    interface ICatalogListResponse extends meshbackup.CatalogListResponse.$Properties {
    }

    /** Represents a CatalogListResponse. */
    class CatalogListResponse {

        /**
         * Constructs a new CatalogListResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogListResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogListResponse entries. */
        entries: meshbackup.CatalogListEntry.$Properties[];

        /**
         * Encodes the specified CatalogListResponse message. Does not implicitly {@link meshbackup.CatalogListResponse.verify|verify} messages.
         * @param m CatalogListResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape} CatalogListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape;
    }

    namespace CatalogListResponse {

        /** Properties of a CatalogListResponse. */
        interface $Properties {

            /** CatalogListResponse entries */
            entries?: (meshbackup.CatalogListEntry.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogListResponse. */
        type $Shape = meshbackup.CatalogListResponse.$Properties;
    }

    /**
     * Properties of a CatalogResponse.
     * @deprecated Use meshbackup.CatalogResponse.$Properties instead.
     */
    interface ICatalogResponse extends meshbackup.CatalogResponse.$Properties {
    }

    /** Represents a CatalogResponse. */
    class CatalogResponse {

        /**
         * Constructs a new CatalogResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogResponse error. */
        error?: (meshbackup.WireError.$Properties|null);

        /** CatalogResponse get. */
        get?: (meshbackup.CatalogGetResponse.$Properties|null);

        /** CatalogResponse put. */
        put?: (meshbackup.CatalogPutResponse.$Properties|null);

        /** CatalogResponse list. */
        list?: (meshbackup.CatalogListResponse.$Properties|null);

        /** CatalogResponse result. */
        result?: ("error"|"get"|"put"|"list");

        /**
         * Encodes the specified CatalogResponse message. Does not implicitly {@link meshbackup.CatalogResponse.verify|verify} messages.
         * @param m CatalogResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape} CatalogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape;
    }

    namespace CatalogResponse {

        /** Properties of a CatalogResponse. */
        interface $Properties {

            /** CatalogResponse error */
            error?: (meshbackup.WireError.$Properties|null);

            /** CatalogResponse get */
            get?: (meshbackup.CatalogGetResponse.$Properties|null);

            /** CatalogResponse put */
            put?: (meshbackup.CatalogPutResponse.$Properties|null);

            /** CatalogResponse list */
            list?: (meshbackup.CatalogListResponse.$Properties|null);

            /** CatalogResponse result */
            result?: ("error"|"get"|"put"|"list");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a CatalogResponse. */
        type $Shape = {
          error?: meshbackup.WireError.$Shape|null;
          get?: meshbackup.CatalogGetResponse.$Shape|null;
          put?: meshbackup.CatalogPutResponse.$Shape|null;
          list?: meshbackup.CatalogListResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; error?: null; get?: null; put?: null; list?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; get?: null; put?: null; list?: null }|{ result?: "get"; error?: null; get: meshbackup.CatalogGetResponse.$Shape; put?: null; list?: null }|{ result?: "put"; error?: null; get?: null; put: meshbackup.CatalogPutResponse.$Shape; list?: null }|{ result?: "list"; error?: null; get?: null; put?: null; list: meshbackup.CatalogListResponse.$Shape })
        );
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use meshbackup.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends meshbackup.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @param m StatusRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.StatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = meshbackup.StatusRequest.$Properties;
    }

    /**
     * Properties of an OwnerShards.
     * @deprecated Use meshbackup.OwnerShards.$Properties instead.
     */
    interface IOwnerShards extends meshbackup.OwnerShards.$Properties {
    }

    /** Represents an OwnerShards. */
    class OwnerShards {

        /**
         * Constructs a new OwnerShards.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.OwnerShards.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OwnerShards owner. */
        owner: string;

        /** OwnerShards shards. */
        shards: number;

        /** OwnerShards bytes. */
        bytes: number;

        /**
         * Encodes the specified OwnerShards message. Does not implicitly {@link meshbackup.OwnerShards.verify|verify} messages.
         * @param m OwnerShards message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.OwnerShards.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OwnerShards message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape} OwnerShards
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape;
    }

    namespace OwnerShards {

        /** Properties of an OwnerShards. */
        interface $Properties {

            /** OwnerShards owner */
            owner?: (string|null);

            /** OwnerShards shards */
            shards?: (number|null);

            /** OwnerShards bytes */
            bytes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OwnerShards. */
        type $Shape = meshbackup.OwnerShards.$Properties;
    }

    /**
     * Properties of a PeerSeen.
     * @deprecated Use meshbackup.PeerSeen.$Properties instead.
     */
    interface IPeerSeen extends meshbackup.PeerSeen.$Properties {
    }

    /** Represents a PeerSeen. */
    class PeerSeen {

        /**
         * Constructs a new PeerSeen.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.PeerSeen.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerSeen peerId. */
        peerId: string;

        /** PeerSeen site. */
        site: string;

        /** PeerSeen media. */
        media: string;

        /** PeerSeen up. */
        up: boolean;

        /** PeerSeen capacity. */
        capacity: number;

        /** PeerSeen used. */
        used: number;

        /** PeerSeen lastSeenMs. */
        lastSeenMs: number;

        /** PeerSeen addrs. */
        addrs: string[];

        /**
         * Encodes the specified PeerSeen message. Does not implicitly {@link meshbackup.PeerSeen.verify|verify} messages.
         * @param m PeerSeen message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PeerSeen.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerSeen message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape} PeerSeen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape;
    }

    namespace PeerSeen {

        /** Properties of a PeerSeen. */
        interface $Properties {

            /** PeerSeen peerId */
            peerId?: (string|null);

            /** PeerSeen site */
            site?: (string|null);

            /** PeerSeen media */
            media?: (string|null);

            /** PeerSeen up */
            up?: (boolean|null);

            /** PeerSeen capacity */
            capacity?: (number|null);

            /** PeerSeen used */
            used?: (number|null);

            /** PeerSeen lastSeenMs */
            lastSeenMs?: (number|null);

            /** PeerSeen addrs */
            addrs?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerSeen. */
        type $Shape = meshbackup.PeerSeen.$Properties;
    }

    /**
     * Properties of an AgentStatus.
     * @deprecated Use meshbackup.AgentStatus.$Properties instead.
     */
    interface IAgentStatus extends meshbackup.AgentStatus.$Properties {
    }

    /** Represents an AgentStatus. */
    class AgentStatus {

        /**
         * Constructs a new AgentStatus.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.AgentStatus.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AgentStatus peerId. */
        peerId: string;

        /** AgentStatus site. */
        site: string;

        /** AgentStatus media. */
        media: string;

        /** AgentStatus capacity. */
        capacity: number;

        /** AgentStatus used. */
        used: number;

        /** AgentStatus free. */
        free: number;

        /** AgentStatus shardsPerOwner. */
        shardsPerOwner: meshbackup.OwnerShards.$Properties[];

        /** AgentStatus peers. */
        peers: meshbackup.PeerSeen.$Properties[];

        /** AgentStatus version. */
        version: string;

        /** AgentStatus uptimeMs. */
        uptimeMs: number;

        /** AgentStatus lastBackupMs. */
        lastBackupMs: number;

        /** AgentStatus addrs. */
        addrs: string[];

        /**
         * Encodes the specified AgentStatus message. Does not implicitly {@link meshbackup.AgentStatus.verify|verify} messages.
         * @param m AgentStatus message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AgentStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AgentStatus message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape} AgentStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape;
    }

    namespace AgentStatus {

        /** Properties of an AgentStatus. */
        interface $Properties {

            /** AgentStatus peerId */
            peerId?: (string|null);

            /** AgentStatus site */
            site?: (string|null);

            /** AgentStatus media */
            media?: (string|null);

            /** AgentStatus capacity */
            capacity?: (number|null);

            /** AgentStatus used */
            used?: (number|null);

            /** AgentStatus free */
            free?: (number|null);

            /** AgentStatus shardsPerOwner */
            shardsPerOwner?: (meshbackup.OwnerShards.$Properties[]|null);

            /** AgentStatus peers */
            peers?: (meshbackup.PeerSeen.$Properties[]|null);

            /** AgentStatus version */
            version?: (string|null);

            /** AgentStatus uptimeMs */
            uptimeMs?: (number|null);

            /** AgentStatus lastBackupMs */
            lastBackupMs?: (number|null);

            /** AgentStatus addrs */
            addrs?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AgentStatus. */
        type $Shape = meshbackup.AgentStatus.$Properties;
    }

    /**
     * Properties of a StatusResponse.
     * @deprecated Use meshbackup.StatusResponse.$Properties instead.
     */
    interface IStatusResponse extends meshbackup.StatusResponse.$Properties {
    }

    /** Represents a StatusResponse. */
    class StatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.StatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusResponse error. */
        error?: (meshbackup.WireError.$Properties|null);

        /** StatusResponse status. */
        status?: (meshbackup.AgentStatus.$Properties|null);

        /** StatusResponse result. */
        result?: ("error"|"status");

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link meshbackup.StatusResponse.verify|verify} messages.
         * @param m StatusResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.StatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape;
    }

    namespace StatusResponse {

        /** Properties of a StatusResponse. */
        interface $Properties {

            /** StatusResponse error */
            error?: (meshbackup.WireError.$Properties|null);

            /** StatusResponse status */
            status?: (meshbackup.AgentStatus.$Properties|null);

            /** StatusResponse result */
            result?: ("error"|"status");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a StatusResponse. */
        type $Shape = {
          error?: meshbackup.WireError.$Shape|null;
          status?: meshbackup.AgentStatus.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; error?: null; status?: null }|{ result?: "error"; error: meshbackup.WireError.$Shape; status?: null }|{ result?: "status"; error?: null; status: meshbackup.AgentStatus.$Shape })
        );
    }

    /**
     * Properties of an AuditRequest.
     * @deprecated Use meshbackup.AuditRequest.$Properties instead.
     */
    interface IAuditRequest extends meshbackup.AuditRequest.$Properties {
    }

    /** Represents an AuditRequest. */
    class AuditRequest {

        /**
         * Constructs a new AuditRequest.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.AuditRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AuditRequest owner. */
        owner: string;

        /** AuditRequest packId. */
        packId: Uint8Array;

        /** AuditRequest index. */
        index: number;

        /** AuditRequest block. */
        block: number;

        /**
         * Encodes the specified AuditRequest message. Does not implicitly {@link meshbackup.AuditRequest.verify|verify} messages.
         * @param m AuditRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AuditRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuditRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape} AuditRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape;
    }

    namespace AuditRequest {

        /** Properties of an AuditRequest. */
        interface $Properties {

            /** AuditRequest owner */
            owner?: (string|null);

            /** AuditRequest packId */
            packId?: (Uint8Array|null);

            /** AuditRequest index */
            index?: (number|null);

            /** AuditRequest block */
            block?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AuditRequest. */
        type $Shape = meshbackup.AuditRequest.$Properties;
    }

    /**
     * Properties of an AuditResponse.
     * @deprecated Use meshbackup.AuditResponse.$Properties instead.
     */
    interface IAuditResponse extends meshbackup.AuditResponse.$Properties {
    }

    /** Represents an AuditResponse. */
    class AuditResponse {

        /**
         * Constructs a new AuditResponse.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.AuditResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AuditResponse ok. */
        ok: boolean;

        /** AuditResponse header. */
        header: Uint8Array;

        /** AuditResponse blockData. */
        blockData: Uint8Array;

        /** AuditResponse error. */
        error?: (meshbackup.WireError.$Properties|null);

        /**
         * Encodes the specified AuditResponse message. Does not implicitly {@link meshbackup.AuditResponse.verify|verify} messages.
         * @param m AuditResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AuditResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuditResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape} AuditResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape;
    }

    namespace AuditResponse {

        /** Properties of an AuditResponse. */
        interface $Properties {

            /** AuditResponse ok */
            ok?: (boolean|null);

            /** AuditResponse header */
            header?: (Uint8Array|null);

            /** AuditResponse blockData */
            blockData?: (Uint8Array|null);

            /** AuditResponse error */
            error?: (meshbackup.WireError.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AuditResponse. */
        type $Shape = meshbackup.AuditResponse.$Properties;
    }

    /**
     * Properties of a Heartbeat.
     * @deprecated Use meshbackup.Heartbeat.$Properties instead.
     */
    interface IHeartbeat extends meshbackup.Heartbeat.$Properties {
    }

    /** Represents a Heartbeat. */
    class Heartbeat {

        /**
         * Constructs a new Heartbeat.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.Heartbeat.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Heartbeat peerId. */
        peerId: string;

        /** Heartbeat site. */
        site: string;

        /** Heartbeat media. */
        media: string;

        /** Heartbeat capacity. */
        capacity: number;

        /** Heartbeat used. */
        used: number;

        /** Heartbeat free. */
        free: number;

        /** Heartbeat version. */
        version: string;

        /** Heartbeat shards. */
        shards: number;

        /** Heartbeat lastBackupMs. */
        lastBackupMs: number;

        /** Heartbeat addrs. */
        addrs: string[];

        /** Heartbeat timeMs. */
        timeMs: number;

        /** Heartbeat membershipProof. */
        membershipProof: Uint8Array;

        /** Heartbeat compliance. */
        compliance?: (meshbackup.ComplianceSummary.$Properties|null);

        /** Heartbeat admission. */
        admission: Uint8Array;

        /** Heartbeat sources. */
        sources: meshbackup.SourceSummary.$Properties[];

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link meshbackup.Heartbeat.verify|verify} messages.
         * @param m Heartbeat message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape;
    }

    namespace Heartbeat {

        /** Properties of a Heartbeat. */
        interface $Properties {

            /** Heartbeat peerId */
            peerId?: (string|null);

            /** Heartbeat site */
            site?: (string|null);

            /** Heartbeat media */
            media?: (string|null);

            /** Heartbeat capacity */
            capacity?: (number|null);

            /** Heartbeat used */
            used?: (number|null);

            /** Heartbeat free */
            free?: (number|null);

            /** Heartbeat version */
            version?: (string|null);

            /** Heartbeat shards */
            shards?: (number|null);

            /** Heartbeat lastBackupMs */
            lastBackupMs?: (number|null);

            /** Heartbeat addrs */
            addrs?: (string[]|null);

            /** Heartbeat timeMs */
            timeMs?: (number|null);

            /** Heartbeat membershipProof */
            membershipProof?: (Uint8Array|null);

            /** Heartbeat compliance */
            compliance?: (meshbackup.ComplianceSummary.$Properties|null);

            /** Heartbeat admission */
            admission?: (Uint8Array|null);

            /** Heartbeat sources */
            sources?: (meshbackup.SourceSummary.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Heartbeat. */
        type $Shape = meshbackup.Heartbeat.$Properties;
    }

    /**
     * Properties of a SourceSummary.
     * @deprecated Use meshbackup.SourceSummary.$Properties instead.
     */
    interface ISourceSummary extends meshbackup.SourceSummary.$Properties {
    }

    /** Represents a SourceSummary. */
    class SourceSummary {

        /**
         * Constructs a new SourceSummary.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.SourceSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SourceSummary name. */
        name: string;

        /** SourceSummary lastSuccessMs. */
        lastSuccessMs: number;

        /** SourceSummary lastAttemptMs. */
        lastAttemptMs: number;

        /** SourceSummary lastAttemptFailed. */
        lastAttemptFailed: boolean;

        /** SourceSummary rpoSeconds. */
        rpoSeconds: number;

        /** SourceSummary rtoSeconds. */
        rtoSeconds: number;

        /** SourceSummary lastDrillMs. */
        lastDrillMs: number;

        /** SourceSummary lastDrillSeconds. */
        lastDrillSeconds: number;

        /** SourceSummary lastDrillOk. */
        lastDrillOk: boolean;

        /**
         * Encodes the specified SourceSummary message. Does not implicitly {@link meshbackup.SourceSummary.verify|verify} messages.
         * @param m SourceSummary message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SourceSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SourceSummary message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SourceSummary & meshbackup.SourceSummary.$Shape} SourceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SourceSummary & meshbackup.SourceSummary.$Shape;
    }

    namespace SourceSummary {

        /** Properties of a SourceSummary. */
        interface $Properties {

            /** SourceSummary name */
            name?: (string|null);

            /** SourceSummary lastSuccessMs */
            lastSuccessMs?: (number|null);

            /** SourceSummary lastAttemptMs */
            lastAttemptMs?: (number|null);

            /** SourceSummary lastAttemptFailed */
            lastAttemptFailed?: (boolean|null);

            /** SourceSummary rpoSeconds */
            rpoSeconds?: (number|null);

            /** SourceSummary rtoSeconds */
            rtoSeconds?: (number|null);

            /** SourceSummary lastDrillMs */
            lastDrillMs?: (number|null);

            /** SourceSummary lastDrillSeconds */
            lastDrillSeconds?: (number|null);

            /** SourceSummary lastDrillOk */
            lastDrillOk?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SourceSummary. */
        type $Shape = meshbackup.SourceSummary.$Properties;
    }

    /**
     * Properties of a ComplianceSummary.
     * @deprecated Use meshbackup.ComplianceSummary.$Properties instead.
     */
    interface IComplianceSummary extends meshbackup.ComplianceSummary.$Properties {
    }

    /** Represents a ComplianceSummary. */
    class ComplianceSummary {

        /**
         * Constructs a new ComplianceSummary.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ComplianceSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ComplianceSummary compliant. */
        compliant: number;

        /** ComplianceSummary degraded. */
        degraded: number;

        /** ComplianceSummary atRisk. */
        atRisk: number;

        /** ComplianceSummary snapshots. */
        snapshots: number;

        /** ComplianceSummary lastSnapshotMs. */
        lastSnapshotMs: number;

        /** ComplianceSummary computedMs. */
        computedMs: number;

        /**
         * Encodes the specified ComplianceSummary message. Does not implicitly {@link meshbackup.ComplianceSummary.verify|verify} messages.
         * @param m ComplianceSummary message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ComplianceSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ComplianceSummary message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape} ComplianceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape;
    }

    namespace ComplianceSummary {

        /** Properties of a ComplianceSummary. */
        interface $Properties {

            /** ComplianceSummary compliant */
            compliant?: (number|null);

            /** ComplianceSummary degraded */
            degraded?: (number|null);

            /** ComplianceSummary atRisk */
            atRisk?: (number|null);

            /** ComplianceSummary snapshots */
            snapshots?: (number|null);

            /** ComplianceSummary lastSnapshotMs */
            lastSnapshotMs?: (number|null);

            /** ComplianceSummary computedMs */
            computedMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ComplianceSummary. */
        type $Shape = meshbackup.ComplianceSummary.$Properties;
    }

    /**
     * Properties of a PeerTableEntry.
     * @deprecated Use meshbackup.PeerTableEntry.$Properties instead.
     */
    interface IPeerTableEntry extends meshbackup.PeerTableEntry.$Properties {
    }

    /** Represents a PeerTableEntry. */
    class PeerTableEntry {

        /**
         * Constructs a new PeerTableEntry.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.PeerTableEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerTableEntry peerId. */
        peerId: string;

        /** PeerTableEntry site. */
        site: string;

        /** PeerTableEntry media. */
        media: string;

        /** PeerTableEntry capacity. */
        capacity: number;

        /** PeerTableEntry used. */
        used: number;

        /** PeerTableEntry free. */
        free: number;

        /** PeerTableEntry version. */
        version: string;

        /** PeerTableEntry shards. */
        shards: number;

        /** PeerTableEntry lastBackupMs. */
        lastBackupMs: number;

        /** PeerTableEntry addrs. */
        addrs: string[];

        /** PeerTableEntry lastSeenMs. */
        lastSeenMs: number;

        /** PeerTableEntry attestedBy. */
        attestedBy: string;

        /** PeerTableEntry inviteId. */
        inviteId: string;

        /** PeerTableEntry sources. */
        sources: meshbackup.SourceSummary.$Properties[];

        /**
         * Encodes the specified PeerTableEntry message. Does not implicitly {@link meshbackup.PeerTableEntry.verify|verify} messages.
         * @param m PeerTableEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PeerTableEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerTableEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape} PeerTableEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape;
    }

    namespace PeerTableEntry {

        /** Properties of a PeerTableEntry. */
        interface $Properties {

            /** PeerTableEntry peerId */
            peerId?: (string|null);

            /** PeerTableEntry site */
            site?: (string|null);

            /** PeerTableEntry media */
            media?: (string|null);

            /** PeerTableEntry capacity */
            capacity?: (number|null);

            /** PeerTableEntry used */
            used?: (number|null);

            /** PeerTableEntry free */
            free?: (number|null);

            /** PeerTableEntry version */
            version?: (string|null);

            /** PeerTableEntry shards */
            shards?: (number|null);

            /** PeerTableEntry lastBackupMs */
            lastBackupMs?: (number|null);

            /** PeerTableEntry addrs */
            addrs?: (string[]|null);

            /** PeerTableEntry lastSeenMs */
            lastSeenMs?: (number|null);

            /** PeerTableEntry attestedBy */
            attestedBy?: (string|null);

            /** PeerTableEntry inviteId */
            inviteId?: (string|null);

            /** PeerTableEntry sources */
            sources?: (meshbackup.SourceSummary.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerTableEntry. */
        type $Shape = meshbackup.PeerTableEntry.$Properties;
    }
}
}
