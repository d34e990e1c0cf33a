import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace meshbackup. */
export namespace meshbackup {

    /**
     * Properties of a KeyFile.
     * @deprecated Use meshbackup.KeyFile.$Properties instead.
     */
    interface IKeyFile extends meshbackup.KeyFile.$Properties {
    }

    /** Represents a KeyFile. */
    class KeyFile {

        /**
         * Constructs a new KeyFile.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.KeyFile.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeyFile version. */
        version: number;

        /** KeyFile kdf. */
        kdf: string;

        /** KeyFile scryptLogN. */
        scryptLogN: number;

        /** KeyFile scryptR. */
        scryptR: number;

        /** KeyFile scryptP. */
        scryptP: number;

        /** KeyFile salt. */
        salt: Uint8Array;

        /** KeyFile nonce. */
        nonce: Uint8Array;

        /** KeyFile wrapped. */
        wrapped: Uint8Array;

        /** KeyFile host. */
        host: string;

        /** KeyFile username. */
        username: string;

        /** KeyFile createdMs. */
        createdMs: number;

        /**
         * Creates a new KeyFile instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeyFile instance
         */
        static create(properties: meshbackup.KeyFile.$Shape): meshbackup.KeyFile & meshbackup.KeyFile.$Shape;
        static create(properties?: meshbackup.KeyFile.$Properties): meshbackup.KeyFile;

        /**
         * Encodes the specified KeyFile message. Does not implicitly {@link meshbackup.KeyFile.verify|verify} messages.
         * @param m KeyFile message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.KeyFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KeyFile message, length delimited. Does not implicitly {@link meshbackup.KeyFile.verify|verify} messages.
         * @param message KeyFile message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.KeyFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyFile message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.KeyFile & meshbackup.KeyFile.$Shape} KeyFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.KeyFile & meshbackup.KeyFile.$Shape;

        /**
         * Decodes a KeyFile message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.KeyFile & meshbackup.KeyFile.$Shape} KeyFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.KeyFile & meshbackup.KeyFile.$Shape;

        /**
         * Verifies a KeyFile message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a KeyFile message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns KeyFile
         */
        static fromObject(d: { [k: string]: any }): meshbackup.KeyFile;

        /**
         * Creates a plain object from a KeyFile message. Also converts values to other types if specified.
         * @param m KeyFile
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.KeyFile, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeyFile to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for KeyFile
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeyFile {

        /** Properties of a KeyFile. */
        interface $Properties {

            /** KeyFile version */
            version?: (number|null);

            /** KeyFile kdf */
            kdf?: (string|null);

            /** KeyFile scryptLogN */
            scryptLogN?: (number|null);

            /** KeyFile scryptR */
            scryptR?: (number|null);

            /** KeyFile scryptP */
            scryptP?: (number|null);

            /** KeyFile salt */
            salt?: (Uint8Array|null);

            /** KeyFile nonce */
            nonce?: (Uint8Array|null);

            /** KeyFile wrapped */
            wrapped?: (Uint8Array|null);

            /** KeyFile host */
            host?: (string|null);

            /** KeyFile username */
            username?: (string|null);

            /** KeyFile createdMs */
            createdMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeyFile. */
        type $Shape = meshbackup.KeyFile.$Properties;
    }

    /**
     * Properties of a MasterKey.
     * @deprecated Use meshbackup.MasterKey.$Properties instead.
     */
    interface IMasterKey extends meshbackup.MasterKey.$Properties {
    }

    /** Represents a MasterKey. */
    class MasterKey {

        /**
         * Constructs a new MasterKey.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.MasterKey.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MasterKey version. */
        version: number;

        /** MasterKey secret. */
        secret: Uint8Array;

        /** MasterKey repoId. */
        repoId: string;

        /**
         * Creates a new MasterKey instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MasterKey instance
         */
        static create(properties: meshbackup.MasterKey.$Shape): meshbackup.MasterKey & meshbackup.MasterKey.$Shape;
        static create(properties?: meshbackup.MasterKey.$Properties): meshbackup.MasterKey;

        /**
         * Encodes the specified MasterKey message. Does not implicitly {@link meshbackup.MasterKey.verify|verify} messages.
         * @param m MasterKey message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MasterKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MasterKey message, length delimited. Does not implicitly {@link meshbackup.MasterKey.verify|verify} messages.
         * @param message MasterKey message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.MasterKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MasterKey message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MasterKey & meshbackup.MasterKey.$Shape} MasterKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MasterKey & meshbackup.MasterKey.$Shape;

        /**
         * Decodes a MasterKey message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.MasterKey & meshbackup.MasterKey.$Shape} MasterKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.MasterKey & meshbackup.MasterKey.$Shape;

        /**
         * Verifies a MasterKey message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a MasterKey message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MasterKey
         */
        static fromObject(d: { [k: string]: any }): meshbackup.MasterKey;

        /**
         * Creates a plain object from a MasterKey message. Also converts values to other types if specified.
         * @param m MasterKey
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.MasterKey, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MasterKey to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MasterKey
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MasterKey {

        /** Properties of a MasterKey. */
        interface $Properties {

            /** MasterKey version */
            version?: (number|null);

            /** MasterKey secret */
            secret?: (Uint8Array|null);

            /** MasterKey repoId */
            repoId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MasterKey. */
        type $Shape = meshbackup.MasterKey.$Properties;
    }

    /** BlobType enum. */
    enum BlobType {

        /** BLOB_DATA value */
        BLOB_DATA = 0,

        /** BLOB_TREE value */
        BLOB_TREE = 1,

        /** BLOB_SNAPSHOT value */
        BLOB_SNAPSHOT = 2,

        /** BLOB_INDEX value */
        BLOB_INDEX = 3
    }

    /** Compression enum. */
    enum Compression {

        /** COMPRESSION_NONE value */
        COMPRESSION_NONE = 0,

        /** COMPRESSION_ZSTD value */
        COMPRESSION_ZSTD = 1
    }

    /**
     * Properties of a PackEntry.
     * @deprecated Use meshbackup.PackEntry.$Properties instead.
     */
    interface IPackEntry extends meshbackup.PackEntry.$Properties {
    }

    /** Represents a PackEntry. */
    class PackEntry {

        /**
         * Constructs a new PackEntry.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.PackEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PackEntry id. */
        id: Uint8Array;

        /** PackEntry type. */
        type: meshbackup.BlobType;

        /** PackEntry offset. */
        offset: number;

        /** PackEntry length. */
        length: number;

        /** PackEntry rawLength. */
        rawLength: number;

        /** PackEntry compression. */
        compression: meshbackup.Compression;

        /**
         * Creates a new PackEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PackEntry instance
         */
        static create(properties: meshbackup.PackEntry.$Shape): meshbackup.PackEntry & meshbackup.PackEntry.$Shape;
        static create(properties?: meshbackup.PackEntry.$Properties): meshbackup.PackEntry;

        /**
         * Encodes the specified PackEntry message. Does not implicitly {@link meshbackup.PackEntry.verify|verify} messages.
         * @param m PackEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PackEntry message, length delimited. Does not implicitly {@link meshbackup.PackEntry.verify|verify} messages.
         * @param message PackEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.PackEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackEntry & meshbackup.PackEntry.$Shape} PackEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackEntry & meshbackup.PackEntry.$Shape;

        /**
         * Decodes a PackEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.PackEntry & meshbackup.PackEntry.$Shape} PackEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.PackEntry & meshbackup.PackEntry.$Shape;

        /**
         * Verifies a PackEntry message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a PackEntry message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PackEntry
         */
        static fromObject(d: { [k: string]: any }): meshbackup.PackEntry;

        /**
         * Creates a plain object from a PackEntry message. Also converts values to other types if specified.
         * @param m PackEntry
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.PackEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PackEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PackEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackEntry {

        /** Properties of a PackEntry. */
        interface $Properties {

            /** PackEntry id */
            id?: (Uint8Array|null);

            /** PackEntry type */
            type?: (meshbackup.BlobType|null);

            /** PackEntry offset */
            offset?: (number|null);

            /** PackEntry length */
            length?: (number|null);

            /** PackEntry rawLength */
            rawLength?: (number|null);

            /** PackEntry compression */
            compression?: (meshbackup.Compression|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PackEntry. */
        type $Shape = meshbackup.PackEntry.$Properties;
    }

    /**
     * Properties of a PackHeader.
     * @deprecated Use meshbackup.PackHeader.$Properties instead.
     */
    interface IPackHeader extends meshbackup.PackHeader.$Properties {
    }

    /** Represents a PackHeader. */
    class PackHeader {

        /**
         * Constructs a new PackHeader.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.PackHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PackHeader entries. */
        entries: meshbackup.PackEntry.$Properties[];

        /**
         * Creates a new PackHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PackHeader instance
         */
        static create(properties: meshbackup.PackHeader.$Shape): meshbackup.PackHeader & meshbackup.PackHeader.$Shape;
        static create(properties?: meshbackup.PackHeader.$Properties): meshbackup.PackHeader;

        /**
         * Encodes the specified PackHeader message. Does not implicitly {@link meshbackup.PackHeader.verify|verify} messages.
         * @param m PackHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PackHeader message, length delimited. Does not implicitly {@link meshbackup.PackHeader.verify|verify} messages.
         * @param message PackHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.PackHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackHeader & meshbackup.PackHeader.$Shape} PackHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackHeader & meshbackup.PackHeader.$Shape;

        /**
         * Decodes a PackHeader message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.PackHeader & meshbackup.PackHeader.$Shape} PackHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.PackHeader & meshbackup.PackHeader.$Shape;

        /**
         * Verifies a PackHeader message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a PackHeader message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PackHeader
         */
        static fromObject(d: { [k: string]: any }): meshbackup.PackHeader;

        /**
         * Creates a plain object from a PackHeader message. Also converts values to other types if specified.
         * @param m PackHeader
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.PackHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PackHeader to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PackHeader
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackHeader {

        /** Properties of a PackHeader. */
        interface $Properties {

            /** PackHeader entries */
            entries?: (meshbackup.PackEntry.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PackHeader. */
        type $Shape = meshbackup.PackHeader.$Properties;
    }

    /**
     * Properties of a ShardHeader.
     * @deprecated Use meshbackup.ShardHeader.$Properties instead.
     */
    interface IShardHeader extends meshbackup.ShardHeader.$Properties {
    }

    /** Represents a ShardHeader. */
    class ShardHeader {

        /**
         * Constructs a new ShardHeader.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardHeader version. */
        version: number;

        /** ShardHeader owner. */
        owner: string;

        /** ShardHeader packId. */
        packId: Uint8Array;

        /** ShardHeader index. */
        index: number;

        /** ShardHeader k. */
        k: number;

        /** ShardHeader m. */
        m: number;

        /** ShardHeader packLength. */
        packLength: number;

        /** ShardHeader shardLength. */
        shardLength: number;

        /** ShardHeader shardHash. */
        shardHash: Uint8Array;

        /** ShardHeader blockSize. */
        blockSize: number;

        /** ShardHeader blockHashes. */
        blockHashes: Uint8Array;

        /**
         * Creates a new ShardHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardHeader instance
         */
        static create(properties: meshbackup.ShardHeader.$Shape): meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape;
        static create(properties?: meshbackup.ShardHeader.$Properties): meshbackup.ShardHeader;

        /**
         * Encodes the specified ShardHeader message. Does not implicitly {@link meshbackup.ShardHeader.verify|verify} messages.
         * @param m ShardHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardHeader message, length delimited. Does not implicitly {@link meshbackup.ShardHeader.verify|verify} messages.
         * @param message ShardHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape} ShardHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape;

        /**
         * Decodes a ShardHeader message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape} ShardHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape;

        /**
         * Verifies a ShardHeader message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardHeader message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardHeader
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardHeader;

        /**
         * Creates a plain object from a ShardHeader message. Also converts values to other types if specified.
         * @param m ShardHeader
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardHeader to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardHeader
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ShardHeader {

        /** Properties of a ShardHeader. */
        interface $Properties {

            /** ShardHeader version */
            version?: (number|null);

            /** ShardHeader owner */
            owner?: (string|null);

            /** ShardHeader packId */
            packId?: (Uint8Array|null);

            /** ShardHeader index */
            index?: (number|null);

            /** ShardHeader k */
            k?: (number|null);

            /** ShardHeader m */
            m?: (number|null);

            /** ShardHeader packLength */
            packLength?: (number|null);

            /** ShardHeader shardLength */
            shardLength?: (number|null);

            /** ShardHeader shardHash */
            shardHash?: (Uint8Array|null);

            /** ShardHeader blockSize */
            blockSize?: (number|null);

            /** ShardHeader blockHashes */
            blockHashes?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardHeader. */
        type $Shape = meshbackup.ShardHeader.$Properties;
    }

    /** NodeType enum. */
    enum NodeType {

        /** NODE_FILE value */
        NODE_FILE = 0,

        /** NODE_DIR value */
        NODE_DIR = 1,

        /** NODE_SYMLINK value */
        NODE_SYMLINK = 2
    }

    /**
     * Properties of a Node.
     * @deprecated Use meshbackup.Node.$Properties instead.
     */
    interface INode extends meshbackup.Node.$Properties {
    }

    /** Represents a Node. */
    class Node {

        /**
         * Constructs a new Node.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.Node.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Node name. */
        name: string;

        /** Node type. */
        type: meshbackup.NodeType;

        /** Node mode. */
        mode: number;

        /** Node mtimeSec. */
        mtimeSec: number;

        /** Node mtimeNsec. */
        mtimeNsec: number;

        /** Node size. */
        size: number;

        /** Node content. */
        content: Uint8Array[];

        /** Node subtree. */
        subtree: Uint8Array;

        /** Node linkTarget. */
        linkTarget: string;

        /** Node inode. */
        inode: number;

        /** Node dev. */
        dev: number;

        /** Node uid. */
        uid: number;

        /** Node gid. */
        gid: number;

        /**
         * Creates a new Node instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Node instance
         */
        static create(properties: meshbackup.Node.$Shape): meshbackup.Node & meshbackup.Node.$Shape;
        static create(properties?: meshbackup.Node.$Properties): meshbackup.Node;

        /**
         * Encodes the specified Node message. Does not implicitly {@link meshbackup.Node.verify|verify} messages.
         * @param m Node message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Node.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Node message, length delimited. Does not implicitly {@link meshbackup.Node.verify|verify} messages.
         * @param message Node message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.Node.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Node message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Node & meshbackup.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Node & meshbackup.Node.$Shape;

        /**
         * Decodes a Node message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.Node & meshbackup.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.Node & meshbackup.Node.$Shape;

        /**
         * Verifies a Node message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a Node message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Node
         */
        static fromObject(d: { [k: string]: any }): meshbackup.Node;

        /**
         * Creates a plain object from a Node message. Also converts values to other types if specified.
         * @param m Node
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.Node, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Node to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Node
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Node {

        /** Properties of a Node. */
        interface $Properties {

            /** Node name */
            name?: (string|null);

            /** Node type */
            type?: (meshbackup.NodeType|null);

            /** Node mode */
            mode?: (number|null);

            /** Node mtimeSec */
            mtimeSec?: (number|null);

            /** Node mtimeNsec */
            mtimeNsec?: (number|null);

            /** Node size */
            size?: (number|null);

            /** Node content */
            content?: (Uint8Array[]|null);

            /** Node subtree */
            subtree?: (Uint8Array|null);

            /** Node linkTarget */
            linkTarget?: (string|null);

            /** Node inode */
            inode?: (number|null);

            /** Node dev */
            dev?: (number|null);

            /** Node uid */
            uid?: (number|null);

            /** Node gid */
            gid?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Node. */
        type $Shape = meshbackup.Node.$Properties;
    }

    /**
     * Properties of a Tree.
     * @deprecated Use meshbackup.Tree.$Properties instead.
     */
    interface ITree extends meshbackup.Tree.$Properties {
    }

    /** Represents a Tree. */
    class Tree {

        /**
         * Constructs a new Tree.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.Tree.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Tree nodes. */
        nodes: meshbackup.Node.$Properties[];

        /**
         * Creates a new Tree instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Tree instance
         */
        static create(properties: meshbackup.Tree.$Shape): meshbackup.Tree & meshbackup.Tree.$Shape;
        static create(properties?: meshbackup.Tree.$Properties): meshbackup.Tree;

        /**
         * Encodes the specified Tree message. Does not implicitly {@link meshbackup.Tree.verify|verify} messages.
         * @param m Tree message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Tree.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Tree message, length delimited. Does not implicitly {@link meshbackup.Tree.verify|verify} messages.
         * @param message Tree message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.Tree.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Tree message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Tree & meshbackup.Tree.$Shape} Tree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Tree & meshbackup.Tree.$Shape;

        /**
         * Decodes a Tree message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.Tree & meshbackup.Tree.$Shape} Tree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.Tree & meshbackup.Tree.$Shape;

        /**
         * Verifies a Tree message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a Tree message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Tree
         */
        static fromObject(d: { [k: string]: any }): meshbackup.Tree;

        /**
         * Creates a plain object from a Tree message. Also converts values to other types if specified.
         * @param m Tree
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.Tree, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Tree to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Tree
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Tree {

        /** Properties of a Tree. */
        interface $Properties {

            /** Tree nodes */
            nodes?: (meshbackup.Node.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Tree. */
        type $Shape = meshbackup.Tree.$Properties;
    }

    /** SnapshotType enum. */
    enum SnapshotType {

        /** SNAPSHOT_INCREMENTAL value */
        SNAPSHOT_INCREMENTAL = 0,

        /** SNAPSHOT_DIFFERENTIAL value */
        SNAPSHOT_DIFFERENTIAL = 1,

        /** SNAPSHOT_FULL value */
        SNAPSHOT_FULL = 2,

        /** SNAPSHOT_STDIN value */
        SNAPSHOT_STDIN = 3
    }

    /**
     * Properties of a SnapshotStats.
     * @deprecated Use meshbackup.SnapshotStats.$Properties instead.
     */
    interface ISnapshotStats extends meshbackup.SnapshotStats.$Properties {
    }

    /** Represents a SnapshotStats. */
    class SnapshotStats {

        /**
         * Constructs a new SnapshotStats.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.SnapshotStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SnapshotStats filesNew. */
        filesNew: number;

        /** SnapshotStats filesChanged. */
        filesChanged: number;

        /** SnapshotStats filesUnchanged. */
        filesUnchanged: number;

        /** SnapshotStats dirs. */
        dirs: number;

        /** SnapshotStats bytesRead. */
        bytesRead: number;

        /** SnapshotStats bytesTotal. */
        bytesTotal: number;

        /** SnapshotStats bytesAdded. */
        bytesAdded: number;

        /** SnapshotStats bytesStored. */
        bytesStored: number;

        /** SnapshotStats blobsNew. */
        blobsNew: number;

        /** SnapshotStats packsNew. */
        packsNew: number;

        /** SnapshotStats durationMs. */
        durationMs: number;

        /**
         * Creates a new SnapshotStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotStats instance
         */
        static create(properties: meshbackup.SnapshotStats.$Shape): meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape;
        static create(properties?: meshbackup.SnapshotStats.$Properties): meshbackup.SnapshotStats;

        /**
         * Encodes the specified SnapshotStats message. Does not implicitly {@link meshbackup.SnapshotStats.verify|verify} messages.
         * @param m SnapshotStats message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SnapshotStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotStats message, length delimited. Does not implicitly {@link meshbackup.SnapshotStats.verify|verify} messages.
         * @param message SnapshotStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.SnapshotStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotStats message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape} SnapshotStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape;

        /**
         * Decodes a SnapshotStats message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape} SnapshotStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape;

        /**
         * Verifies a SnapshotStats message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotStats message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns SnapshotStats
         */
        static fromObject(d: { [k: string]: any }): meshbackup.SnapshotStats;

        /**
         * Creates a plain object from a SnapshotStats message. Also converts values to other types if specified.
         * @param m SnapshotStats
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.SnapshotStats, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotStats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SnapshotStats
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotStats {

        /** Properties of a SnapshotStats. */
        interface $Properties {

            /** SnapshotStats filesNew */
            filesNew?: (number|null);

            /** SnapshotStats filesChanged */
            filesChanged?: (number|null);

            /** SnapshotStats filesUnchanged */
            filesUnchanged?: (number|null);

            /** SnapshotStats dirs */
            dirs?: (number|null);

            /** SnapshotStats bytesRead */
            bytesRead?: (number|null);

            /** SnapshotStats bytesTotal */
            bytesTotal?: (number|null);

            /** SnapshotStats bytesAdded */
            bytesAdded?: (number|null);

            /** SnapshotStats bytesStored */
            bytesStored?: (number|null);

            /** SnapshotStats blobsNew */
            blobsNew?: (number|null);

            /** SnapshotStats packsNew */
            packsNew?: (number|null);

            /** SnapshotStats durationMs */
            durationMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnapshotStats. */
        type $Shape = meshbackup.SnapshotStats.$Properties;
    }

    /**
     * Properties of a Snapshot.
     * @deprecated Use meshbackup.Snapshot.$Properties instead.
     */
    interface ISnapshot extends meshbackup.Snapshot.$Properties {
    }

    /** Represents a Snapshot. */
    class Snapshot {

        /**
         * Constructs a new Snapshot.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.Snapshot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Snapshot timeMs. */
        timeMs: number;

        /** Snapshot host. */
        host: string;

        /** Snapshot username. */
        username: string;

        /** Snapshot paths. */
        paths: string[];

        /** Snapshot tags. */
        tags: string[];

        /** Snapshot parent. */
        parent: Uint8Array;

        /** Snapshot type. */
        type: meshbackup.SnapshotType;

        /** Snapshot tree. */
        tree: Uint8Array;

        /** Snapshot stats. */
        stats?: (meshbackup.SnapshotStats.$Properties|null);

        /** Snapshot degraded. */
        degraded: boolean;

        /**
         * Creates a new Snapshot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Snapshot instance
         */
        static create(properties: meshbackup.Snapshot.$Shape): meshbackup.Snapshot & meshbackup.Snapshot.$Shape;
        static create(properties?: meshbackup.Snapshot.$Properties): meshbackup.Snapshot;

        /**
         * Encodes the specified Snapshot message. Does not implicitly {@link meshbackup.Snapshot.verify|verify} messages.
         * @param m Snapshot message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link meshbackup.Snapshot.verify|verify} messages.
         * @param message Snapshot message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Snapshot message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Snapshot & meshbackup.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Snapshot & meshbackup.Snapshot.$Shape;

        /**
         * Decodes a Snapshot message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.Snapshot & meshbackup.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.Snapshot & meshbackup.Snapshot.$Shape;

        /**
         * Verifies a Snapshot message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Snapshot
         */
        static fromObject(d: { [k: string]: any }): meshbackup.Snapshot;

        /**
         * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
         * @param m Snapshot
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.Snapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Snapshot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Snapshot
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Snapshot {

        /** Properties of a Snapshot. */
        interface $Properties {

            /** Snapshot timeMs */
            timeMs?: (number|null);

            /** Snapshot host */
            host?: (string|null);

            /** Snapshot username */
            username?: (string|null);

            /** Snapshot paths */
            paths?: (string[]|null);

            /** Snapshot tags */
            tags?: (string[]|null);

            /** Snapshot parent */
            parent?: (Uint8Array|null);

            /** Snapshot type */
            type?: (meshbackup.SnapshotType|null);

            /** Snapshot tree */
            tree?: (Uint8Array|null);

            /** Snapshot stats */
            stats?: (meshbackup.SnapshotStats.$Properties|null);

            /** Snapshot degraded */
            degraded?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Snapshot. */
        type $Shape = meshbackup.Snapshot.$Properties;
    }

    /**
     * Properties of a ShardLocation.
     * @deprecated Use meshbackup.ShardLocation.$Properties instead.
     */
    interface IShardLocation extends meshbackup.ShardLocation.$Properties {
    }

    /** Represents a ShardLocation. */
    class ShardLocation {

        /**
         * Constructs a new ShardLocation.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.ShardLocation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShardLocation index. */
        index: number;

        /** ShardLocation store. */
        store: string;

        /**
         * Creates a new ShardLocation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardLocation instance
         */
        static create(properties: meshbackup.ShardLocation.$Shape): meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape;
        static create(properties?: meshbackup.ShardLocation.$Properties): meshbackup.ShardLocation;

        /**
         * Encodes the specified ShardLocation message. Does not implicitly {@link meshbackup.ShardLocation.verify|verify} messages.
         * @param m ShardLocation message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardLocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardLocation message, length delimited. Does not implicitly {@link meshbackup.ShardLocation.verify|verify} messages.
         * @param message ShardLocation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardLocation message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape} ShardLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape;

        /**
         * Decodes a ShardLocation message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape} ShardLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape;

        /**
         * Verifies a ShardLocation message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardLocation message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardLocation
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardLocation;

        /**
         * Creates a plain object from a ShardLocation message. Also converts values to other types if specified.
         * @param m ShardLocation
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardLocation, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardLocation to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardLocation
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ShardLocation {

        /** Properties of a ShardLocation. */
        interface $Properties {

            /** ShardLocation index */
            index?: (number|null);

            /** ShardLocation store */
            store?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShardLocation. */
        type $Shape = meshbackup.ShardLocation.$Properties;
    }

    /**
     * Properties of a PackRecord.
     * @deprecated Use meshbackup.PackRecord.$Properties instead.
     */
    interface IPackRecord extends meshbackup.PackRecord.$Properties {
    }

    /** Represents a PackRecord. */
    class PackRecord {

        /**
         * Constructs a new PackRecord.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.PackRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PackRecord id. */
        id: Uint8Array;

        /** PackRecord length. */
        length: number;

        /** PackRecord k. */
        k: number;

        /** PackRecord m. */
        m: number;

        /** PackRecord shardLength. */
        shardLength: number;

        /** PackRecord shardHashes. */
        shardHashes: Uint8Array[];

        /** PackRecord locations. */
        locations: meshbackup.ShardLocation.$Properties[];

        /** PackRecord blobCount. */
        blobCount: number;

        /** PackRecord createdMs. */
        createdMs: number;

        /**
         * Creates a new PackRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PackRecord instance
         */
        static create(properties: meshbackup.PackRecord.$Shape): meshbackup.PackRecord & meshbackup.PackRecord.$Shape;
        static create(properties?: meshbackup.PackRecord.$Properties): meshbackup.PackRecord;

        /**
         * Encodes the specified PackRecord message. Does not implicitly {@link meshbackup.PackRecord.verify|verify} messages.
         * @param m PackRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PackRecord message, length delimited. Does not implicitly {@link meshbackup.PackRecord.verify|verify} messages.
         * @param message PackRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.PackRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackRecord & meshbackup.PackRecord.$Shape} PackRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackRecord & meshbackup.PackRecord.$Shape;

        /**
         * Decodes a PackRecord message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.PackRecord & meshbackup.PackRecord.$Shape} PackRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.PackRecord & meshbackup.PackRecord.$Shape;

        /**
         * Verifies a PackRecord message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a PackRecord message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PackRecord
         */
        static fromObject(d: { [k: string]: any }): meshbackup.PackRecord;

        /**
         * Creates a plain object from a PackRecord message. Also converts values to other types if specified.
         * @param m PackRecord
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.PackRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PackRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PackRecord
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace PackRecord {

        /** Properties of a PackRecord. */
        interface $Properties {

            /** PackRecord id */
            id?: (Uint8Array|null);

            /** PackRecord length */
            length?: (number|null);

            /** PackRecord k */
            k?: (number|null);

            /** PackRecord m */
            m?: (number|null);

            /** PackRecord shardLength */
            shardLength?: (number|null);

            /** PackRecord shardHashes */
            shardHashes?: (Uint8Array[]|null);

            /** PackRecord locations */
            locations?: (meshbackup.ShardLocation.$Properties[]|null);

            /** PackRecord blobCount */
            blobCount?: (number|null);

            /** PackRecord createdMs */
            createdMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PackRecord. */
        type $Shape = meshbackup.PackRecord.$Properties;
    }

    /**
     * Properties of a BlobRecord.
     * @deprecated Use meshbackup.BlobRecord.$Properties instead.
     */
    interface IBlobRecord extends meshbackup.BlobRecord.$Properties {
    }

    /** Represents a BlobRecord. */
    class BlobRecord {

        /**
         * Constructs a new BlobRecord.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.BlobRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlobRecord id. */
        id: Uint8Array;

        /** BlobRecord type. */
        type: meshbackup.BlobType;

        /** BlobRecord packId. */
        packId: Uint8Array;

        /** BlobRecord offset. */
        offset: number;

        /** BlobRecord length. */
        length: number;

        /** BlobRecord rawLength. */
        rawLength: number;

        /** BlobRecord compression. */
        compression: meshbackup.Compression;

        /**
         * Creates a new BlobRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlobRecord instance
         */
        static create(properties: meshbackup.BlobRecord.$Shape): meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape;
        static create(properties?: meshbackup.BlobRecord.$Properties): meshbackup.BlobRecord;

        /**
         * Encodes the specified BlobRecord message. Does not implicitly {@link meshbackup.BlobRecord.verify|verify} messages.
         * @param m BlobRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.BlobRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified BlobRecord message, length delimited. Does not implicitly {@link meshbackup.BlobRecord.verify|verify} messages.
         * @param message BlobRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.BlobRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlobRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape} BlobRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape;

        /**
         * Decodes a BlobRecord message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape} BlobRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape;

        /**
         * Verifies a BlobRecord message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a BlobRecord message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns BlobRecord
         */
        static fromObject(d: { [k: string]: any }): meshbackup.BlobRecord;

        /**
         * Creates a plain object from a BlobRecord message. Also converts values to other types if specified.
         * @param m BlobRecord
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.BlobRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlobRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BlobRecord
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BlobRecord {

        /** Properties of a BlobRecord. */
        interface $Properties {

            /** BlobRecord id */
            id?: (Uint8Array|null);

            /** BlobRecord type */
            type?: (meshbackup.BlobType|null);

            /** BlobRecord packId */
            packId?: (Uint8Array|null);

            /** BlobRecord offset */
            offset?: (number|null);

            /** BlobRecord length */
            length?: (number|null);

            /** BlobRecord rawLength */
            rawLength?: (number|null);

            /** BlobRecord compression */
            compression?: (meshbackup.Compression|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlobRecord. */
        type $Shape = meshbackup.BlobRecord.$Properties;
    }

    /**
     * Properties of an IndexSegment.
     * @deprecated Use meshbackup.IndexSegment.$Properties instead.
     */
    interface IIndexSegment extends meshbackup.IndexSegment.$Properties {
    }

    /** Represents an IndexSegment. */
    class IndexSegment {

        /**
         * Constructs a new IndexSegment.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.IndexSegment.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** IndexSegment packs. */
        packs: meshbackup.PackRecord.$Properties[];

        /** IndexSegment blobs. */
        blobs: meshbackup.BlobRecord.$Properties[];

        /**
         * Creates a new IndexSegment instance using the specified properties.
         * @param [properties] Properties to set
         * @returns IndexSegment instance
         */
        static create(properties: meshbackup.IndexSegment.$Shape): meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape;
        static create(properties?: meshbackup.IndexSegment.$Properties): meshbackup.IndexSegment;

        /**
         * Encodes the specified IndexSegment message. Does not implicitly {@link meshbackup.IndexSegment.verify|verify} messages.
         * @param m IndexSegment message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.IndexSegment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified IndexSegment message, length delimited. Does not implicitly {@link meshbackup.IndexSegment.verify|verify} messages.
         * @param message IndexSegment message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.IndexSegment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IndexSegment message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape} IndexSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape;

        /**
         * Decodes an IndexSegment message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape} IndexSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape;

        /**
         * Verifies an IndexSegment message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates an IndexSegment message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns IndexSegment
         */
        static fromObject(d: { [k: string]: any }): meshbackup.IndexSegment;

        /**
         * Creates a plain object from an IndexSegment message. Also converts values to other types if specified.
         * @param m IndexSegment
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.IndexSegment, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this IndexSegment to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for IndexSegment
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace IndexSegment {

        /** Properties of an IndexSegment. */
        interface $Properties {

            /** IndexSegment packs */
            packs?: (meshbackup.PackRecord.$Properties[]|null);

            /** IndexSegment blobs */
            blobs?: (meshbackup.BlobRecord.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an IndexSegment. */
        type $Shape = meshbackup.IndexSegment.$Properties;
    }

    /**
     * Properties of a SnapshotRecord.
     * @deprecated Use meshbackup.SnapshotRecord.$Properties instead.
     */
    interface ISnapshotRecord extends meshbackup.SnapshotRecord.$Properties {
    }

    /** Represents a SnapshotRecord. */
    class SnapshotRecord {

        /**
         * Constructs a new SnapshotRecord.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.SnapshotRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SnapshotRecord id. */
        id: Uint8Array;

        /** SnapshotRecord snapshot. */
        snapshot?: (meshbackup.Snapshot.$Properties|null);

        /**
         * Creates a new SnapshotRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotRecord instance
         */
        static create(properties: meshbackup.SnapshotRecord.$Shape): meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape;
        static create(properties?: meshbackup.SnapshotRecord.$Properties): meshbackup.SnapshotRecord;

        /**
         * Encodes the specified SnapshotRecord message. Does not implicitly {@link meshbackup.SnapshotRecord.verify|verify} messages.
         * @param m SnapshotRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SnapshotRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotRecord message, length delimited. Does not implicitly {@link meshbackup.SnapshotRecord.verify|verify} messages.
         * @param message SnapshotRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.SnapshotRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape} SnapshotRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape;

        /**
         * Decodes a SnapshotRecord message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape} SnapshotRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape;

        /**
         * Verifies a SnapshotRecord message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotRecord message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns SnapshotRecord
         */
        static fromObject(d: { [k: string]: any }): meshbackup.SnapshotRecord;

        /**
         * Creates a plain object from a SnapshotRecord message. Also converts values to other types if specified.
         * @param m SnapshotRecord
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.SnapshotRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SnapshotRecord
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotRecord {

        /** Properties of a SnapshotRecord. */
        interface $Properties {

            /** SnapshotRecord id */
            id?: (Uint8Array|null);

            /** SnapshotRecord snapshot */
            snapshot?: (meshbackup.Snapshot.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnapshotRecord. */
        type $Shape = meshbackup.SnapshotRecord.$Properties;
    }

    /**
     * Properties of a MeshInvite.
     * @deprecated Use meshbackup.MeshInvite.$Properties instead.
     */
    interface IMeshInvite extends meshbackup.MeshInvite.$Properties {
    }

    /** Represents a MeshInvite. */
    class MeshInvite {

        /**
         * Constructs a new MeshInvite.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.MeshInvite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MeshInvite meshId. */
        meshId: string;

        /** MeshInvite secret. */
        secret: Uint8Array;

        /** MeshInvite addrs. */
        addrs: string[];

        /** MeshInvite createdMs. */
        createdMs: number;

        /**
         * Creates a new MeshInvite instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MeshInvite instance
         */
        static create(properties: meshbackup.MeshInvite.$Shape): meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape;
        static create(properties?: meshbackup.MeshInvite.$Properties): meshbackup.MeshInvite;

        /**
         * Encodes the specified MeshInvite message. Does not implicitly {@link meshbackup.MeshInvite.verify|verify} messages.
         * @param m MeshInvite message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MeshInvite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MeshInvite message, length delimited. Does not implicitly {@link meshbackup.MeshInvite.verify|verify} messages.
         * @param message MeshInvite message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.MeshInvite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MeshInvite message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape} MeshInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape;

        /**
         * Decodes a MeshInvite message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape} MeshInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape;

        /**
         * Verifies a MeshInvite message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a MeshInvite message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MeshInvite
         */
        static fromObject(d: { [k: string]: any }): meshbackup.MeshInvite;

        /**
         * Creates a plain object from a MeshInvite message. Also converts values to other types if specified.
         * @param m MeshInvite
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.MeshInvite, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MeshInvite to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MeshInvite
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MeshInvite {

        /** Properties of a MeshInvite. */
        interface $Properties {

            /** MeshInvite meshId */
            meshId?: (string|null);

            /** MeshInvite secret */
            secret?: (Uint8Array|null);

            /** MeshInvite addrs */
            addrs?: (string[]|null);

            /** MeshInvite createdMs */
            createdMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MeshInvite. */
        type $Shape = meshbackup.MeshInvite.$Properties;
    }

    /**
     * Properties of a MeshMembership.
     * @deprecated Use meshbackup.MeshMembership.$Properties instead.
     */
    interface IMeshMembership extends meshbackup.MeshMembership.$Properties {
    }

    /** Represents a MeshMembership. */
    class MeshMembership {

        /**
         * Constructs a new MeshMembership.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.MeshMembership.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MeshMembership meshId. */
        meshId: string;

        /** MeshMembership secret. */
        secret: Uint8Array;

        /**
         * Creates a new MeshMembership instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MeshMembership instance
         */
        static create(properties: meshbackup.MeshMembership.$Shape): meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape;
        static create(properties?: meshbackup.MeshMembership.$Properties): meshbackup.MeshMembership;

        /**
         * Encodes the specified MeshMembership message. Does not implicitly {@link meshbackup.MeshMembership.verify|verify} messages.
         * @param m MeshMembership message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MeshMembership.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MeshMembership message, length delimited. Does not implicitly {@link meshbackup.MeshMembership.verify|verify} messages.
         * @param message MeshMembership message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.MeshMembership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MeshMembership message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape} MeshMembership
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape;

        /**
         * Decodes a MeshMembership message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape} MeshMembership
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape;

        /**
         * Verifies a MeshMembership message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a MeshMembership message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MeshMembership
         */
        static fromObject(d: { [k: string]: any }): meshbackup.MeshMembership;

        /**
         * Creates a plain object from a MeshMembership message. Also converts values to other types if specified.
         * @param m MeshMembership
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.MeshMembership, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MeshMembership to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MeshMembership
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MeshMembership {

        /** Properties of a MeshMembership. */
        interface $Properties {

            /** MeshMembership meshId */
            meshId?: (string|null);

            /** MeshMembership secret */
            secret?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MeshMembership. */
        type $Shape = meshbackup.MeshMembership.$Properties;
    }

    /**
     * Properties of a MemberHello.
     * @deprecated Use meshbackup.MemberHello.$Properties instead.
     */
    interface IMemberHello extends meshbackup.MemberHello.$Properties {
    }

    /** Represents a MemberHello. */
    class MemberHello {

        /**
         * Constructs a new MemberHello.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.MemberHello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MemberHello meshId. */
        meshId: string;

        /** MemberHello proof. */
        proof: Uint8Array;

        /** MemberHello error. */
        error: string;

        /**
         * Creates a new MemberHello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemberHello instance
         */
        static create(properties: meshbackup.MemberHello.$Shape): meshbackup.MemberHello & meshbackup.MemberHello.$Shape;
        static create(properties?: meshbackup.MemberHello.$Properties): meshbackup.MemberHello;

        /**
         * Encodes the specified MemberHello message. Does not implicitly {@link meshbackup.MemberHello.verify|verify} messages.
         * @param m MemberHello message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MemberHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MemberHello message, length delimited. Does not implicitly {@link meshbackup.MemberHello.verify|verify} messages.
         * @param message MemberHello message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.MemberHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberHello message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MemberHello & meshbackup.MemberHello.$Shape} MemberHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MemberHello & meshbackup.MemberHello.$Shape;

        /**
         * Decodes a MemberHello message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.MemberHello & meshbackup.MemberHello.$Shape} MemberHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.MemberHello & meshbackup.MemberHello.$Shape;

        /**
         * Verifies a MemberHello message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a MemberHello message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MemberHello
         */
        static fromObject(d: { [k: string]: any }): meshbackup.MemberHello;

        /**
         * Creates a plain object from a MemberHello message. Also converts values to other types if specified.
         * @param m MemberHello
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.MemberHello, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MemberHello to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MemberHello
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MemberHello {

        /** Properties of a MemberHello. */
        interface $Properties {

            /** MemberHello meshId */
            meshId?: (string|null);

            /** MemberHello proof */
            proof?: (Uint8Array|null);

            /** MemberHello error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MemberHello. */
        type $Shape = meshbackup.MemberHello.$Properties;
    }

    /**
     * Properties of a CatalogBody.
     * @deprecated Use meshbackup.CatalogBody.$Properties instead.
     */
    interface ICatalogBody extends meshbackup.CatalogBody.$Properties {
    }

    /** Represents a CatalogBody. */
    class CatalogBody {

        /**
         * Constructs a new CatalogBody.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.CatalogBody.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CatalogBody repoId. */
        repoId: string;

        /** CatalogBody keyFiles. */
        keyFiles: meshbackup.KeyFile.$Properties[];

        /** CatalogBody snapshots. */
        snapshots: Uint8Array[];

        /** CatalogBody indexPacks. */
        indexPacks: Uint8Array[];

        /** CatalogBody identitySealed. */
        identitySealed: Uint8Array;

        /** CatalogBody site. */
        site: string;

        /** CatalogBody media. */
        media: string;

        /** CatalogBody host. */
        host: string;

        /** CatalogBody updatedMs. */
        updatedMs: number;

        /**
         * Creates a new CatalogBody instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogBody instance
         */
        static create(properties: meshbackup.CatalogBody.$Shape): meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape;
        static create(properties?: meshbackup.CatalogBody.$Properties): meshbackup.CatalogBody;

        /**
         * Encodes the specified CatalogBody message. Does not implicitly {@link meshbackup.CatalogBody.verify|verify} messages.
         * @param m CatalogBody message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogBody.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogBody message, length delimited. Does not implicitly {@link meshbackup.CatalogBody.verify|verify} messages.
         * @param message CatalogBody message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogBody.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogBody message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape} CatalogBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape;

        /**
         * Decodes a CatalogBody message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape} CatalogBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape;

        /**
         * Verifies a CatalogBody message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogBody message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogBody
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogBody;

        /**
         * Creates a plain object from a CatalogBody message. Also converts values to other types if specified.
         * @param m CatalogBody
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogBody, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogBody to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogBody
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CatalogBody {

        /** Properties of a CatalogBody. */
        interface $Properties {

            /** CatalogBody repoId */
            repoId?: (string|null);

            /** CatalogBody keyFiles */
            keyFiles?: (meshbackup.KeyFile.$Properties[]|null);

            /** CatalogBody snapshots */
            snapshots?: (Uint8Array[]|null);

            /** CatalogBody indexPacks */
            indexPacks?: (Uint8Array[]|null);

            /** CatalogBody identitySealed */
            identitySealed?: (Uint8Array|null);

            /** CatalogBody site */
            site?: (string|null);

            /** CatalogBody media */
            media?: (string|null);

            /** CatalogBody host */
            host?: (string|null);

            /** CatalogBody updatedMs */
            updatedMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CatalogBody. */
        type $Shape = meshbackup.CatalogBody.$Properties;
    }

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
         * Creates a new WireError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WireError instance
         */
        static create(properties: meshbackup.WireError.$Shape): meshbackup.WireError & meshbackup.WireError.$Shape;
        static create(properties?: meshbackup.WireError.$Properties): meshbackup.WireError;

        /**
         * Encodes the specified WireError message. Does not implicitly {@link meshbackup.WireError.verify|verify} messages.
         * @param m WireError message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.WireError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified WireError message, length delimited. Does not implicitly {@link meshbackup.WireError.verify|verify} messages.
         * @param message WireError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.WireError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WireError message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.WireError & meshbackup.WireError.$Shape} WireError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.WireError & meshbackup.WireError.$Shape;

        /**
         * Decodes a WireError message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.WireError & meshbackup.WireError.$Shape} WireError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.WireError & meshbackup.WireError.$Shape;

        /**
         * Verifies a WireError message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a WireError message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns WireError
         */
        static fromObject(d: { [k: string]: any }): meshbackup.WireError;

        /**
         * Creates a plain object from a WireError message. Also converts values to other types if specified.
         * @param m WireError
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.WireError, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WireError to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WireError
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardRef instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardRef instance
         */
        static create(properties: meshbackup.ShardRef.$Shape): meshbackup.ShardRef & meshbackup.ShardRef.$Shape;
        static create(properties?: meshbackup.ShardRef.$Properties): meshbackup.ShardRef;

        /**
         * Encodes the specified ShardRef message. Does not implicitly {@link meshbackup.ShardRef.verify|verify} messages.
         * @param m ShardRef message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardRef message, length delimited. Does not implicitly {@link meshbackup.ShardRef.verify|verify} messages.
         * @param message ShardRef message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardRef message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardRef & meshbackup.ShardRef.$Shape} ShardRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardRef & meshbackup.ShardRef.$Shape;

        /**
         * Decodes a ShardRef message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardRef & meshbackup.ShardRef.$Shape} ShardRef
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardRef & meshbackup.ShardRef.$Shape;

        /**
         * Verifies a ShardRef message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardRef message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardRef
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardRef;

        /**
         * Creates a plain object from a ShardRef message. Also converts values to other types if specified.
         * @param m ShardRef
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardRef, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardRef to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardRef
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardPutRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardPutRequest instance
         */
        static create(properties: meshbackup.ShardPutRequest.$Shape): meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape;
        static create(properties?: meshbackup.ShardPutRequest.$Properties): meshbackup.ShardPutRequest;

        /**
         * Encodes the specified ShardPutRequest message. Does not implicitly {@link meshbackup.ShardPutRequest.verify|verify} messages.
         * @param m ShardPutRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardPutRequest message, length delimited. Does not implicitly {@link meshbackup.ShardPutRequest.verify|verify} messages.
         * @param message ShardPutRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardPutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape} ShardPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape;

        /**
         * Decodes a ShardPutRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape} ShardPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardPutRequest & meshbackup.ShardPutRequest.$Shape;

        /**
         * Verifies a ShardPutRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardPutRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardPutRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardPutRequest;

        /**
         * Creates a plain object from a ShardPutRequest message. Also converts values to other types if specified.
         * @param m ShardPutRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardPutRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardPutRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardPutRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardGetRequest instance
         */
        static create(properties: meshbackup.ShardGetRequest.$Shape): meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape;
        static create(properties?: meshbackup.ShardGetRequest.$Properties): meshbackup.ShardGetRequest;

        /**
         * Encodes the specified ShardGetRequest message. Does not implicitly {@link meshbackup.ShardGetRequest.verify|verify} messages.
         * @param m ShardGetRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardGetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardGetRequest message, length delimited. Does not implicitly {@link meshbackup.ShardGetRequest.verify|verify} messages.
         * @param message ShardGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardGetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardGetRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape} ShardGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape;

        /**
         * Decodes a ShardGetRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape} ShardGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardGetRequest & meshbackup.ShardGetRequest.$Shape;

        /**
         * Verifies a ShardGetRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardGetRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardGetRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardGetRequest;

        /**
         * Creates a plain object from a ShardGetRequest message. Also converts values to other types if specified.
         * @param m ShardGetRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardGetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardGetRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardGetRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardHasRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardHasRequest instance
         */
        static create(properties: meshbackup.ShardHasRequest.$Shape): meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape;
        static create(properties?: meshbackup.ShardHasRequest.$Properties): meshbackup.ShardHasRequest;

        /**
         * Encodes the specified ShardHasRequest message. Does not implicitly {@link meshbackup.ShardHasRequest.verify|verify} messages.
         * @param m ShardHasRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHasRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardHasRequest message, length delimited. Does not implicitly {@link meshbackup.ShardHasRequest.verify|verify} messages.
         * @param message ShardHasRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardHasRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHasRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape} ShardHasRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape;

        /**
         * Decodes a ShardHasRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape} ShardHasRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardHasRequest & meshbackup.ShardHasRequest.$Shape;

        /**
         * Verifies a ShardHasRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardHasRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardHasRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardHasRequest;

        /**
         * Creates a plain object from a ShardHasRequest message. Also converts values to other types if specified.
         * @param m ShardHasRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardHasRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardHasRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardHasRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardListRequest instance
         */
        static create(properties: meshbackup.ShardListRequest.$Shape): meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape;
        static create(properties?: meshbackup.ShardListRequest.$Properties): meshbackup.ShardListRequest;

        /**
         * Encodes the specified ShardListRequest message. Does not implicitly {@link meshbackup.ShardListRequest.verify|verify} messages.
         * @param m ShardListRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardListRequest message, length delimited. Does not implicitly {@link meshbackup.ShardListRequest.verify|verify} messages.
         * @param message ShardListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape} ShardListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape;

        /**
         * Decodes a ShardListRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape} ShardListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardListRequest & meshbackup.ShardListRequest.$Shape;

        /**
         * Verifies a ShardListRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardListRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardListRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardListRequest;

        /**
         * Creates a plain object from a ShardListRequest message. Also converts values to other types if specified.
         * @param m ShardListRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardListRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardListRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardDeleteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardDeleteRequest instance
         */
        static create(properties: meshbackup.ShardDeleteRequest.$Shape): meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape;
        static create(properties?: meshbackup.ShardDeleteRequest.$Properties): meshbackup.ShardDeleteRequest;

        /**
         * Encodes the specified ShardDeleteRequest message. Does not implicitly {@link meshbackup.ShardDeleteRequest.verify|verify} messages.
         * @param m ShardDeleteRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardDeleteRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardDeleteRequest message, length delimited. Does not implicitly {@link meshbackup.ShardDeleteRequest.verify|verify} messages.
         * @param message ShardDeleteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardDeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardDeleteRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape} ShardDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape;

        /**
         * Decodes a ShardDeleteRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape} ShardDeleteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardDeleteRequest & meshbackup.ShardDeleteRequest.$Shape;

        /**
         * Verifies a ShardDeleteRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardDeleteRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardDeleteRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardDeleteRequest;

        /**
         * Creates a plain object from a ShardDeleteRequest message. Also converts values to other types if specified.
         * @param m ShardDeleteRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardDeleteRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardDeleteRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardDeleteRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardRequest instance
         */
        static create(properties: meshbackup.ShardRequest.$Shape): meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape;
        static create(properties?: meshbackup.ShardRequest.$Properties): meshbackup.ShardRequest;

        /**
         * Encodes the specified ShardRequest message. Does not implicitly {@link meshbackup.ShardRequest.verify|verify} messages.
         * @param m ShardRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardRequest message, length delimited. Does not implicitly {@link meshbackup.ShardRequest.verify|verify} messages.
         * @param message ShardRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape} ShardRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape;

        /**
         * Decodes a ShardRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape} ShardRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardRequest & meshbackup.ShardRequest.$Shape;

        /**
         * Verifies a ShardRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardRequest;

        /**
         * Creates a plain object from a ShardRequest message. Also converts values to other types if specified.
         * @param m ShardRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardPutReady instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardPutReady instance
         */
        static create(properties: meshbackup.ShardPutReady.$Shape): meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape;
        static create(properties?: meshbackup.ShardPutReady.$Properties): meshbackup.ShardPutReady;

        /**
         * Encodes the specified ShardPutReady message. Does not implicitly {@link meshbackup.ShardPutReady.verify|verify} messages.
         * @param m ShardPutReady message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutReady.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardPutReady message, length delimited. Does not implicitly {@link meshbackup.ShardPutReady.verify|verify} messages.
         * @param message ShardPutReady message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardPutReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutReady message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape} ShardPutReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape;

        /**
         * Decodes a ShardPutReady message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape} ShardPutReady
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardPutReady & meshbackup.ShardPutReady.$Shape;

        /**
         * Verifies a ShardPutReady message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardPutReady message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardPutReady
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardPutReady;

        /**
         * Creates a plain object from a ShardPutReady message. Also converts values to other types if specified.
         * @param m ShardPutReady
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardPutReady, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardPutReady to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardPutReady
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardPutDone instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardPutDone instance
         */
        static create(properties: meshbackup.ShardPutDone.$Shape): meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape;
        static create(properties?: meshbackup.ShardPutDone.$Properties): meshbackup.ShardPutDone;

        /**
         * Encodes the specified ShardPutDone message. Does not implicitly {@link meshbackup.ShardPutDone.verify|verify} messages.
         * @param m ShardPutDone message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardPutDone.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardPutDone message, length delimited. Does not implicitly {@link meshbackup.ShardPutDone.verify|verify} messages.
         * @param message ShardPutDone message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardPutDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardPutDone message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape} ShardPutDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape;

        /**
         * Decodes a ShardPutDone message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape} ShardPutDone
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardPutDone & meshbackup.ShardPutDone.$Shape;

        /**
         * Verifies a ShardPutDone message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardPutDone message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardPutDone
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardPutDone;

        /**
         * Creates a plain object from a ShardPutDone message. Also converts values to other types if specified.
         * @param m ShardPutDone
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardPutDone, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardPutDone to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardPutDone
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardGetResponse instance
         */
        static create(properties: meshbackup.ShardGetResponse.$Shape): meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape;
        static create(properties?: meshbackup.ShardGetResponse.$Properties): meshbackup.ShardGetResponse;

        /**
         * Encodes the specified ShardGetResponse message. Does not implicitly {@link meshbackup.ShardGetResponse.verify|verify} messages.
         * @param m ShardGetResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardGetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardGetResponse message, length delimited. Does not implicitly {@link meshbackup.ShardGetResponse.verify|verify} messages.
         * @param message ShardGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardGetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardGetResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape} ShardGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape;

        /**
         * Decodes a ShardGetResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape} ShardGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardGetResponse & meshbackup.ShardGetResponse.$Shape;

        /**
         * Verifies a ShardGetResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardGetResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardGetResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardGetResponse;

        /**
         * Creates a plain object from a ShardGetResponse message. Also converts values to other types if specified.
         * @param m ShardGetResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardGetResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardGetResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardGetResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardHasResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardHasResponse instance
         */
        static create(properties: meshbackup.ShardHasResponse.$Shape): meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape;
        static create(properties?: meshbackup.ShardHasResponse.$Properties): meshbackup.ShardHasResponse;

        /**
         * Encodes the specified ShardHasResponse message. Does not implicitly {@link meshbackup.ShardHasResponse.verify|verify} messages.
         * @param m ShardHasResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHasResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardHasResponse message, length delimited. Does not implicitly {@link meshbackup.ShardHasResponse.verify|verify} messages.
         * @param message ShardHasResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardHasResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHasResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape} ShardHasResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape;

        /**
         * Decodes a ShardHasResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape} ShardHasResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardHasResponse & meshbackup.ShardHasResponse.$Shape;

        /**
         * Verifies a ShardHasResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardHasResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardHasResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardHasResponse;

        /**
         * Creates a plain object from a ShardHasResponse message. Also converts values to other types if specified.
         * @param m ShardHasResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardHasResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardHasResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardHasResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardListEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardListEntry instance
         */
        static create(properties: meshbackup.ShardListEntry.$Shape): meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape;
        static create(properties?: meshbackup.ShardListEntry.$Properties): meshbackup.ShardListEntry;

        /**
         * Encodes the specified ShardListEntry message. Does not implicitly {@link meshbackup.ShardListEntry.verify|verify} messages.
         * @param m ShardListEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardListEntry message, length delimited. Does not implicitly {@link meshbackup.ShardListEntry.verify|verify} messages.
         * @param message ShardListEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardListEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape} ShardListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape;

        /**
         * Decodes a ShardListEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape} ShardListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardListEntry & meshbackup.ShardListEntry.$Shape;

        /**
         * Verifies a ShardListEntry message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardListEntry message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardListEntry
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardListEntry;

        /**
         * Creates a plain object from a ShardListEntry message. Also converts values to other types if specified.
         * @param m ShardListEntry
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardListEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardListEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardListEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardListResponse instance
         */
        static create(properties: meshbackup.ShardListResponse.$Shape): meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape;
        static create(properties?: meshbackup.ShardListResponse.$Properties): meshbackup.ShardListResponse;

        /**
         * Encodes the specified ShardListResponse message. Does not implicitly {@link meshbackup.ShardListResponse.verify|verify} messages.
         * @param m ShardListResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardListResponse message, length delimited. Does not implicitly {@link meshbackup.ShardListResponse.verify|verify} messages.
         * @param message ShardListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardListResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape} ShardListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape;

        /**
         * Decodes a ShardListResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape} ShardListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardListResponse & meshbackup.ShardListResponse.$Shape;

        /**
         * Verifies a ShardListResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardListResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardListResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardListResponse;

        /**
         * Creates a plain object from a ShardListResponse message. Also converts values to other types if specified.
         * @param m ShardListResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardListResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardListResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardListResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardDeleteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardDeleteResponse instance
         */
        static create(properties: meshbackup.ShardDeleteResponse.$Shape): meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape;
        static create(properties?: meshbackup.ShardDeleteResponse.$Properties): meshbackup.ShardDeleteResponse;

        /**
         * Encodes the specified ShardDeleteResponse message. Does not implicitly {@link meshbackup.ShardDeleteResponse.verify|verify} messages.
         * @param m ShardDeleteResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardDeleteResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardDeleteResponse message, length delimited. Does not implicitly {@link meshbackup.ShardDeleteResponse.verify|verify} messages.
         * @param message ShardDeleteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardDeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardDeleteResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape} ShardDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape;

        /**
         * Decodes a ShardDeleteResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape} ShardDeleteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardDeleteResponse & meshbackup.ShardDeleteResponse.$Shape;

        /**
         * Verifies a ShardDeleteResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardDeleteResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardDeleteResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardDeleteResponse;

        /**
         * Creates a plain object from a ShardDeleteResponse message. Also converts values to other types if specified.
         * @param m ShardDeleteResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardDeleteResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardDeleteResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardDeleteResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new ShardResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShardResponse instance
         */
        static create(properties: meshbackup.ShardResponse.$Shape): meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape;
        static create(properties?: meshbackup.ShardResponse.$Properties): meshbackup.ShardResponse;

        /**
         * Encodes the specified ShardResponse message. Does not implicitly {@link meshbackup.ShardResponse.verify|verify} messages.
         * @param m ShardResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ShardResponse message, length delimited. Does not implicitly {@link meshbackup.ShardResponse.verify|verify} messages.
         * @param message ShardResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ShardResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape} ShardResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape;

        /**
         * Decodes a ShardResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape} ShardResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ShardResponse & meshbackup.ShardResponse.$Shape;

        /**
         * Verifies a ShardResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ShardResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ShardResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ShardResponse;

        /**
         * Creates a plain object from a ShardResponse message. Also converts values to other types if specified.
         * @param m ShardResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ShardResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ShardResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ShardResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogRecord instance
         */
        static create(properties: meshbackup.CatalogRecord.$Shape): meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape;
        static create(properties?: meshbackup.CatalogRecord.$Properties): meshbackup.CatalogRecord;

        /**
         * Encodes the specified CatalogRecord message. Does not implicitly {@link meshbackup.CatalogRecord.verify|verify} messages.
         * @param m CatalogRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogRecord message, length delimited. Does not implicitly {@link meshbackup.CatalogRecord.verify|verify} messages.
         * @param message CatalogRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape} CatalogRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape;

        /**
         * Decodes a CatalogRecord message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape} CatalogRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogRecord & meshbackup.CatalogRecord.$Shape;

        /**
         * Verifies a CatalogRecord message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogRecord message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogRecord
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogRecord;

        /**
         * Creates a plain object from a CatalogRecord message. Also converts values to other types if specified.
         * @param m CatalogRecord
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogRecord, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogRecord to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogRecord
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogGetRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogGetRequest instance
         */
        static create(properties: meshbackup.CatalogGetRequest.$Shape): meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape;
        static create(properties?: meshbackup.CatalogGetRequest.$Properties): meshbackup.CatalogGetRequest;

        /**
         * Encodes the specified CatalogGetRequest message. Does not implicitly {@link meshbackup.CatalogGetRequest.verify|verify} messages.
         * @param m CatalogGetRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogGetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogGetRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogGetRequest.verify|verify} messages.
         * @param message CatalogGetRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogGetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogGetRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape} CatalogGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape;

        /**
         * Decodes a CatalogGetRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape} CatalogGetRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogGetRequest & meshbackup.CatalogGetRequest.$Shape;

        /**
         * Verifies a CatalogGetRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogGetRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogGetRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogGetRequest;

        /**
         * Creates a plain object from a CatalogGetRequest message. Also converts values to other types if specified.
         * @param m CatalogGetRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogGetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogGetRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogGetRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogPutRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogPutRequest instance
         */
        static create(properties: meshbackup.CatalogPutRequest.$Shape): meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape;
        static create(properties?: meshbackup.CatalogPutRequest.$Properties): meshbackup.CatalogPutRequest;

        /**
         * Encodes the specified CatalogPutRequest message. Does not implicitly {@link meshbackup.CatalogPutRequest.verify|verify} messages.
         * @param m CatalogPutRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogPutRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogPutRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogPutRequest.verify|verify} messages.
         * @param message CatalogPutRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogPutRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogPutRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape} CatalogPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape;

        /**
         * Decodes a CatalogPutRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape} CatalogPutRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogPutRequest & meshbackup.CatalogPutRequest.$Shape;

        /**
         * Verifies a CatalogPutRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogPutRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogPutRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogPutRequest;

        /**
         * Creates a plain object from a CatalogPutRequest message. Also converts values to other types if specified.
         * @param m CatalogPutRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogPutRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogPutRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogPutRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogListRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogListRequest instance
         */
        static create(properties: meshbackup.CatalogListRequest.$Shape): meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape;
        static create(properties?: meshbackup.CatalogListRequest.$Properties): meshbackup.CatalogListRequest;

        /**
         * Encodes the specified CatalogListRequest message. Does not implicitly {@link meshbackup.CatalogListRequest.verify|verify} messages.
         * @param m CatalogListRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogListRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogListRequest.verify|verify} messages.
         * @param message CatalogListRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape} CatalogListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape;

        /**
         * Decodes a CatalogListRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape} CatalogListRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogListRequest & meshbackup.CatalogListRequest.$Shape;

        /**
         * Verifies a CatalogListRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogListRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogListRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogListRequest;

        /**
         * Creates a plain object from a CatalogListRequest message. Also converts values to other types if specified.
         * @param m CatalogListRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogListRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogListRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogListRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogRequest instance
         */
        static create(properties: meshbackup.CatalogRequest.$Shape): meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape;
        static create(properties?: meshbackup.CatalogRequest.$Properties): meshbackup.CatalogRequest;

        /**
         * Encodes the specified CatalogRequest message. Does not implicitly {@link meshbackup.CatalogRequest.verify|verify} messages.
         * @param m CatalogRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogRequest message, length delimited. Does not implicitly {@link meshbackup.CatalogRequest.verify|verify} messages.
         * @param message CatalogRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape} CatalogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape;

        /**
         * Decodes a CatalogRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape} CatalogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogRequest & meshbackup.CatalogRequest.$Shape;

        /**
         * Verifies a CatalogRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogRequest;

        /**
         * Creates a plain object from a CatalogRequest message. Also converts values to other types if specified.
         * @param m CatalogRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogGetResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogGetResponse instance
         */
        static create(properties: meshbackup.CatalogGetResponse.$Shape): meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape;
        static create(properties?: meshbackup.CatalogGetResponse.$Properties): meshbackup.CatalogGetResponse;

        /**
         * Encodes the specified CatalogGetResponse message. Does not implicitly {@link meshbackup.CatalogGetResponse.verify|verify} messages.
         * @param m CatalogGetResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogGetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogGetResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogGetResponse.verify|verify} messages.
         * @param message CatalogGetResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogGetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogGetResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape} CatalogGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape;

        /**
         * Decodes a CatalogGetResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape} CatalogGetResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogGetResponse & meshbackup.CatalogGetResponse.$Shape;

        /**
         * Verifies a CatalogGetResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogGetResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogGetResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogGetResponse;

        /**
         * Creates a plain object from a CatalogGetResponse message. Also converts values to other types if specified.
         * @param m CatalogGetResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogGetResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogGetResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogGetResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogPutResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogPutResponse instance
         */
        static create(properties: meshbackup.CatalogPutResponse.$Shape): meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape;
        static create(properties?: meshbackup.CatalogPutResponse.$Properties): meshbackup.CatalogPutResponse;

        /**
         * Encodes the specified CatalogPutResponse message. Does not implicitly {@link meshbackup.CatalogPutResponse.verify|verify} messages.
         * @param m CatalogPutResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogPutResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogPutResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogPutResponse.verify|verify} messages.
         * @param message CatalogPutResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogPutResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogPutResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape} CatalogPutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape;

        /**
         * Decodes a CatalogPutResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape} CatalogPutResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogPutResponse & meshbackup.CatalogPutResponse.$Shape;

        /**
         * Verifies a CatalogPutResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogPutResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogPutResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogPutResponse;

        /**
         * Creates a plain object from a CatalogPutResponse message. Also converts values to other types if specified.
         * @param m CatalogPutResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogPutResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogPutResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogPutResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogListEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogListEntry instance
         */
        static create(properties: meshbackup.CatalogListEntry.$Shape): meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape;
        static create(properties?: meshbackup.CatalogListEntry.$Properties): meshbackup.CatalogListEntry;

        /**
         * Encodes the specified CatalogListEntry message. Does not implicitly {@link meshbackup.CatalogListEntry.verify|verify} messages.
         * @param m CatalogListEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogListEntry message, length delimited. Does not implicitly {@link meshbackup.CatalogListEntry.verify|verify} messages.
         * @param message CatalogListEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogListEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape} CatalogListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape;

        /**
         * Decodes a CatalogListEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape} CatalogListEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogListEntry & meshbackup.CatalogListEntry.$Shape;

        /**
         * Verifies a CatalogListEntry message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogListEntry message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogListEntry
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogListEntry;

        /**
         * Creates a plain object from a CatalogListEntry message. Also converts values to other types if specified.
         * @param m CatalogListEntry
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogListEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogListEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogListEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogListResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogListResponse instance
         */
        static create(properties: meshbackup.CatalogListResponse.$Shape): meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape;
        static create(properties?: meshbackup.CatalogListResponse.$Properties): meshbackup.CatalogListResponse;

        /**
         * Encodes the specified CatalogListResponse message. Does not implicitly {@link meshbackup.CatalogListResponse.verify|verify} messages.
         * @param m CatalogListResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogListResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogListResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogListResponse.verify|verify} messages.
         * @param message CatalogListResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogListResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape} CatalogListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape;

        /**
         * Decodes a CatalogListResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape} CatalogListResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogListResponse & meshbackup.CatalogListResponse.$Shape;

        /**
         * Verifies a CatalogListResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogListResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogListResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogListResponse;

        /**
         * Creates a plain object from a CatalogListResponse message. Also converts values to other types if specified.
         * @param m CatalogListResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogListResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogListResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogListResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new CatalogResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CatalogResponse instance
         */
        static create(properties: meshbackup.CatalogResponse.$Shape): meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape;
        static create(properties?: meshbackup.CatalogResponse.$Properties): meshbackup.CatalogResponse;

        /**
         * Encodes the specified CatalogResponse message. Does not implicitly {@link meshbackup.CatalogResponse.verify|verify} messages.
         * @param m CatalogResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified CatalogResponse message, length delimited. Does not implicitly {@link meshbackup.CatalogResponse.verify|verify} messages.
         * @param message CatalogResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.CatalogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape} CatalogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape;

        /**
         * Decodes a CatalogResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape} CatalogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.CatalogResponse & meshbackup.CatalogResponse.$Shape;

        /**
         * Verifies a CatalogResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a CatalogResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns CatalogResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.CatalogResponse;

        /**
         * Creates a plain object from a CatalogResponse message. Also converts values to other types if specified.
         * @param m CatalogResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.CatalogResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CatalogResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CatalogResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        static create(properties: meshbackup.StatusRequest.$Shape): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;
        static create(properties?: meshbackup.StatusRequest.$Properties): meshbackup.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @param m StatusRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.StatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link meshbackup.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.StatusRequest & meshbackup.StatusRequest.$Shape;

        /**
         * Verifies a StatusRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns StatusRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.StatusRequest;

        /**
         * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
         * @param m StatusRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.StatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StatusRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new OwnerShards instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OwnerShards instance
         */
        static create(properties: meshbackup.OwnerShards.$Shape): meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape;
        static create(properties?: meshbackup.OwnerShards.$Properties): meshbackup.OwnerShards;

        /**
         * Encodes the specified OwnerShards message. Does not implicitly {@link meshbackup.OwnerShards.verify|verify} messages.
         * @param m OwnerShards message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.OwnerShards.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified OwnerShards message, length delimited. Does not implicitly {@link meshbackup.OwnerShards.verify|verify} messages.
         * @param message OwnerShards message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.OwnerShards.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OwnerShards message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape} OwnerShards
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape;

        /**
         * Decodes an OwnerShards message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape} OwnerShards
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.OwnerShards & meshbackup.OwnerShards.$Shape;

        /**
         * Verifies an OwnerShards message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates an OwnerShards message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns OwnerShards
         */
        static fromObject(d: { [k: string]: any }): meshbackup.OwnerShards;

        /**
         * Creates a plain object from an OwnerShards message. Also converts values to other types if specified.
         * @param m OwnerShards
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.OwnerShards, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OwnerShards to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for OwnerShards
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new PeerSeen instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerSeen instance
         */
        static create(properties: meshbackup.PeerSeen.$Shape): meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape;
        static create(properties?: meshbackup.PeerSeen.$Properties): meshbackup.PeerSeen;

        /**
         * Encodes the specified PeerSeen message. Does not implicitly {@link meshbackup.PeerSeen.verify|verify} messages.
         * @param m PeerSeen message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PeerSeen.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PeerSeen message, length delimited. Does not implicitly {@link meshbackup.PeerSeen.verify|verify} messages.
         * @param message PeerSeen message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.PeerSeen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerSeen message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape} PeerSeen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape;

        /**
         * Decodes a PeerSeen message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape} PeerSeen
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.PeerSeen & meshbackup.PeerSeen.$Shape;

        /**
         * Verifies a PeerSeen message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a PeerSeen message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PeerSeen
         */
        static fromObject(d: { [k: string]: any }): meshbackup.PeerSeen;

        /**
         * Creates a plain object from a PeerSeen message. Also converts values to other types if specified.
         * @param m PeerSeen
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.PeerSeen, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerSeen to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PeerSeen
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new AgentStatus instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AgentStatus instance
         */
        static create(properties: meshbackup.AgentStatus.$Shape): meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape;
        static create(properties?: meshbackup.AgentStatus.$Properties): meshbackup.AgentStatus;

        /**
         * Encodes the specified AgentStatus message. Does not implicitly {@link meshbackup.AgentStatus.verify|verify} messages.
         * @param m AgentStatus message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AgentStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AgentStatus message, length delimited. Does not implicitly {@link meshbackup.AgentStatus.verify|verify} messages.
         * @param message AgentStatus message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AgentStatus message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape} AgentStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape;

        /**
         * Decodes an AgentStatus message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape} AgentStatus
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.AgentStatus & meshbackup.AgentStatus.$Shape;

        /**
         * Verifies an AgentStatus message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates an AgentStatus message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns AgentStatus
         */
        static fromObject(d: { [k: string]: any }): meshbackup.AgentStatus;

        /**
         * Creates a plain object from an AgentStatus message. Also converts values to other types if specified.
         * @param m AgentStatus
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.AgentStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AgentStatus to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AgentStatus
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        static create(properties: meshbackup.StatusResponse.$Shape): meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape;
        static create(properties?: meshbackup.StatusResponse.$Properties): meshbackup.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link meshbackup.StatusResponse.verify|verify} messages.
         * @param m StatusResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.StatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified StatusResponse message, length delimited. Does not implicitly {@link meshbackup.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.StatusResponse & meshbackup.StatusResponse.$Shape;

        /**
         * Verifies a StatusResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a StatusResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns StatusResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.StatusResponse;

        /**
         * Creates a plain object from a StatusResponse message. Also converts values to other types if specified.
         * @param m StatusResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.StatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StatusResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StatusResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new AuditRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuditRequest instance
         */
        static create(properties: meshbackup.AuditRequest.$Shape): meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape;
        static create(properties?: meshbackup.AuditRequest.$Properties): meshbackup.AuditRequest;

        /**
         * Encodes the specified AuditRequest message. Does not implicitly {@link meshbackup.AuditRequest.verify|verify} messages.
         * @param m AuditRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AuditRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuditRequest message, length delimited. Does not implicitly {@link meshbackup.AuditRequest.verify|verify} messages.
         * @param message AuditRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.AuditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuditRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape} AuditRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape;

        /**
         * Decodes an AuditRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape} AuditRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.AuditRequest & meshbackup.AuditRequest.$Shape;

        /**
         * Verifies an AuditRequest message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates an AuditRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns AuditRequest
         */
        static fromObject(d: { [k: string]: any }): meshbackup.AuditRequest;

        /**
         * Creates a plain object from an AuditRequest message. Also converts values to other types if specified.
         * @param m AuditRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.AuditRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuditRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AuditRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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
         * Creates a new AuditResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AuditResponse instance
         */
        static create(properties: meshbackup.AuditResponse.$Shape): meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape;
        static create(properties?: meshbackup.AuditResponse.$Properties): meshbackup.AuditResponse;

        /**
         * Encodes the specified AuditResponse message. Does not implicitly {@link meshbackup.AuditResponse.verify|verify} messages.
         * @param m AuditResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.AuditResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AuditResponse message, length delimited. Does not implicitly {@link meshbackup.AuditResponse.verify|verify} messages.
         * @param message AuditResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.AuditResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AuditResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape} AuditResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape;

        /**
         * Decodes an AuditResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape} AuditResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.AuditResponse & meshbackup.AuditResponse.$Shape;

        /**
         * Verifies an AuditResponse message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates an AuditResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns AuditResponse
         */
        static fromObject(d: { [k: string]: any }): meshbackup.AuditResponse;

        /**
         * Creates a plain object from an AuditResponse message. Also converts values to other types if specified.
         * @param m AuditResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.AuditResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AuditResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AuditResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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

        /**
         * Creates a new Heartbeat instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Heartbeat instance
         */
        static create(properties: meshbackup.Heartbeat.$Shape): meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape;
        static create(properties?: meshbackup.Heartbeat.$Properties): meshbackup.Heartbeat;

        /**
         * Encodes the specified Heartbeat message. Does not implicitly {@link meshbackup.Heartbeat.verify|verify} messages.
         * @param m Heartbeat message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link meshbackup.Heartbeat.verify|verify} messages.
         * @param message Heartbeat message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape;

        /**
         * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape} Heartbeat
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.Heartbeat & meshbackup.Heartbeat.$Shape;

        /**
         * Verifies a Heartbeat message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Heartbeat
         */
        static fromObject(d: { [k: string]: any }): meshbackup.Heartbeat;

        /**
         * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
         * @param m Heartbeat
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Heartbeat to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Heartbeat
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Heartbeat. */
        type $Shape = meshbackup.Heartbeat.$Properties;
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
         * Creates a new ComplianceSummary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ComplianceSummary instance
         */
        static create(properties: meshbackup.ComplianceSummary.$Shape): meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape;
        static create(properties?: meshbackup.ComplianceSummary.$Properties): meshbackup.ComplianceSummary;

        /**
         * Encodes the specified ComplianceSummary message. Does not implicitly {@link meshbackup.ComplianceSummary.verify|verify} messages.
         * @param m ComplianceSummary message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ComplianceSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ComplianceSummary message, length delimited. Does not implicitly {@link meshbackup.ComplianceSummary.verify|verify} messages.
         * @param message ComplianceSummary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.ComplianceSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ComplianceSummary message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape} ComplianceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape;

        /**
         * Decodes a ComplianceSummary message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape} ComplianceSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.ComplianceSummary & meshbackup.ComplianceSummary.$Shape;

        /**
         * Verifies a ComplianceSummary message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a ComplianceSummary message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ComplianceSummary
         */
        static fromObject(d: { [k: string]: any }): meshbackup.ComplianceSummary;

        /**
         * Creates a plain object from a ComplianceSummary message. Also converts values to other types if specified.
         * @param m ComplianceSummary
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.ComplianceSummary, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ComplianceSummary to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ComplianceSummary
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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

        /**
         * Creates a new PeerTableEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerTableEntry instance
         */
        static create(properties: meshbackup.PeerTableEntry.$Shape): meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape;
        static create(properties?: meshbackup.PeerTableEntry.$Properties): meshbackup.PeerTableEntry;

        /**
         * Encodes the specified PeerTableEntry message. Does not implicitly {@link meshbackup.PeerTableEntry.verify|verify} messages.
         * @param m PeerTableEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PeerTableEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PeerTableEntry message, length delimited. Does not implicitly {@link meshbackup.PeerTableEntry.verify|verify} messages.
         * @param message PeerTableEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: meshbackup.PeerTableEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerTableEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape} PeerTableEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape;

        /**
         * Decodes a PeerTableEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape} PeerTableEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): meshbackup.PeerTableEntry & meshbackup.PeerTableEntry.$Shape;

        /**
         * Verifies a PeerTableEntry message.
         * @param m Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(m: { [k: string]: any }): (string|null);

        /**
         * Creates a PeerTableEntry message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PeerTableEntry
         */
        static fromObject(d: { [k: string]: any }): meshbackup.PeerTableEntry;

        /**
         * Creates a plain object from a PeerTableEntry message. Also converts values to other types if specified.
         * @param m PeerTableEntry
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: meshbackup.PeerTableEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerTableEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for PeerTableEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
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

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerTableEntry. */
        type $Shape = meshbackup.PeerTableEntry.$Properties;
    }
}
