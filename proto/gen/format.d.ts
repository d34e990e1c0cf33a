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
         * Encodes the specified KeyFile message. Does not implicitly {@link meshbackup.KeyFile.verify|verify} messages.
         * @param m KeyFile message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.KeyFile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeyFile message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.KeyFile & meshbackup.KeyFile.$Shape} KeyFile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.KeyFile & meshbackup.KeyFile.$Shape;
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
         * Encodes the specified MasterKey message. Does not implicitly {@link meshbackup.MasterKey.verify|verify} messages.
         * @param m MasterKey message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MasterKey.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MasterKey message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MasterKey & meshbackup.MasterKey.$Shape} MasterKey
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MasterKey & meshbackup.MasterKey.$Shape;
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
         * Encodes the specified PackEntry message. Does not implicitly {@link meshbackup.PackEntry.verify|verify} messages.
         * @param m PackEntry message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackEntry message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackEntry & meshbackup.PackEntry.$Shape} PackEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackEntry & meshbackup.PackEntry.$Shape;
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
         * Encodes the specified PackHeader message. Does not implicitly {@link meshbackup.PackHeader.verify|verify} messages.
         * @param m PackHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackHeader & meshbackup.PackHeader.$Shape} PackHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackHeader & meshbackup.PackHeader.$Shape;
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
         * Encodes the specified ShardHeader message. Does not implicitly {@link meshbackup.ShardHeader.verify|verify} messages.
         * @param m ShardHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape} ShardHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardHeader & meshbackup.ShardHeader.$Shape;
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
        NODE_SYMLINK = 2,

        /** NODE_HARDLINK value */
        NODE_HARDLINK = 3,

        /** NODE_FIFO value */
        NODE_FIFO = 4,

        /** NODE_CHARDEV value */
        NODE_CHARDEV = 5,

        /** NODE_BLOCKDEV value */
        NODE_BLOCKDEV = 6
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

        /** Node user. */
        user: string;

        /** Node group. */
        group: string;

        /** Node hardlink. */
        hardlink: string;

        /** Node rdev. */
        rdev: number;

        /** Node nameBytes. */
        nameBytes: Uint8Array;

        /** Node sparse. */
        sparse: boolean;

        /** Node xattrs. */
        xattrs: meshbackup.Xattr.$Properties[];

        /** Node linkTargetBytes. */
        linkTargetBytes: Uint8Array;

        /**
         * Encodes the specified Node message. Does not implicitly {@link meshbackup.Node.verify|verify} messages.
         * @param m Node message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Node.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Node message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Node & meshbackup.Node.$Shape} Node
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Node & meshbackup.Node.$Shape;
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

            /** Node user */
            user?: (string|null);

            /** Node group */
            group?: (string|null);

            /** Node hardlink */
            hardlink?: (string|null);

            /** Node rdev */
            rdev?: (number|null);

            /** Node nameBytes */
            nameBytes?: (Uint8Array|null);

            /** Node sparse */
            sparse?: (boolean|null);

            /** Node xattrs */
            xattrs?: (meshbackup.Xattr.$Properties[]|null);

            /** Node linkTargetBytes */
            linkTargetBytes?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Node. */
        type $Shape = meshbackup.Node.$Properties;
    }

    /**
     * Properties of a Xattr.
     * @deprecated Use meshbackup.Xattr.$Properties instead.
     */
    interface IXattr extends meshbackup.Xattr.$Properties {
    }

    /** Represents a Xattr. */
    class Xattr {

        /**
         * Constructs a new Xattr.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.Xattr.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Xattr name. */
        name: Uint8Array;

        /** Xattr value. */
        value: Uint8Array;

        /**
         * Encodes the specified Xattr message. Does not implicitly {@link meshbackup.Xattr.verify|verify} messages.
         * @param m Xattr message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Xattr.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Xattr message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Xattr & meshbackup.Xattr.$Shape} Xattr
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Xattr & meshbackup.Xattr.$Shape;
    }

    namespace Xattr {

        /** Properties of a Xattr. */
        interface $Properties {

            /** Xattr name */
            name?: (Uint8Array|null);

            /** Xattr value */
            value?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Xattr. */
        type $Shape = meshbackup.Xattr.$Properties;
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

        /** Tree version. */
        version: number;

        /**
         * Encodes the specified Tree message. Does not implicitly {@link meshbackup.Tree.verify|verify} messages.
         * @param m Tree message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Tree.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Tree message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Tree & meshbackup.Tree.$Shape} Tree
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Tree & meshbackup.Tree.$Shape;
    }

    namespace Tree {

        /** Properties of a Tree. */
        interface $Properties {

            /** Tree nodes */
            nodes?: (meshbackup.Node.$Properties[]|null);

            /** Tree version */
            version?: (number|null);

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
         * Encodes the specified SnapshotStats message. Does not implicitly {@link meshbackup.SnapshotStats.verify|verify} messages.
         * @param m SnapshotStats message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SnapshotStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotStats message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape} SnapshotStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SnapshotStats & meshbackup.SnapshotStats.$Shape;
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
         * Encodes the specified Snapshot message. Does not implicitly {@link meshbackup.Snapshot.verify|verify} messages.
         * @param m Snapshot message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.Snapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Snapshot message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.Snapshot & meshbackup.Snapshot.$Shape} Snapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.Snapshot & meshbackup.Snapshot.$Shape;
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
         * Encodes the specified ShardLocation message. Does not implicitly {@link meshbackup.ShardLocation.verify|verify} messages.
         * @param m ShardLocation message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.ShardLocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShardLocation message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape} ShardLocation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.ShardLocation & meshbackup.ShardLocation.$Shape;
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
         * Encodes the specified PackRecord message. Does not implicitly {@link meshbackup.PackRecord.verify|verify} messages.
         * @param m PackRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.PackRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PackRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.PackRecord & meshbackup.PackRecord.$Shape} PackRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.PackRecord & meshbackup.PackRecord.$Shape;
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
         * Encodes the specified BlobRecord message. Does not implicitly {@link meshbackup.BlobRecord.verify|verify} messages.
         * @param m BlobRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.BlobRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlobRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape} BlobRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.BlobRecord & meshbackup.BlobRecord.$Shape;
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
         * Encodes the specified IndexSegment message. Does not implicitly {@link meshbackup.IndexSegment.verify|verify} messages.
         * @param m IndexSegment message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.IndexSegment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an IndexSegment message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape} IndexSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.IndexSegment & meshbackup.IndexSegment.$Shape;
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
         * Encodes the specified SnapshotRecord message. Does not implicitly {@link meshbackup.SnapshotRecord.verify|verify} messages.
         * @param m SnapshotRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SnapshotRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape} SnapshotRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SnapshotRecord & meshbackup.SnapshotRecord.$Shape;
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

        /** MeshInvite admission. */
        admission: Uint8Array;

        /**
         * Encodes the specified MeshInvite message. Does not implicitly {@link meshbackup.MeshInvite.verify|verify} messages.
         * @param m MeshInvite message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MeshInvite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MeshInvite message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape} MeshInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MeshInvite & meshbackup.MeshInvite.$Shape;
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

            /** MeshInvite admission */
            admission?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MeshInvite. */
        type $Shape = meshbackup.MeshInvite.$Properties;
    }

    /**
     * Properties of an InviteRecord.
     * @deprecated Use meshbackup.InviteRecord.$Properties instead.
     */
    interface IInviteRecord extends meshbackup.InviteRecord.$Properties {
    }

    /** Represents an InviteRecord. */
    class InviteRecord {

        /**
         * Constructs a new InviteRecord.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.InviteRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InviteRecord inviteId. */
        inviteId: string;

        /** InviteRecord issuer. */
        issuer: string;

        /** InviteRecord meshId. */
        meshId: string;

        /** InviteRecord expiresMs. */
        expiresMs: number;

        /** InviteRecord singleUse. */
        singleUse: boolean;

        /** InviteRecord site. */
        site: string;

        /** InviteRecord media. */
        media: string;

        /** InviteRecord issuedMs. */
        issuedMs: number;

        /**
         * Encodes the specified InviteRecord message. Does not implicitly {@link meshbackup.InviteRecord.verify|verify} messages.
         * @param m InviteRecord message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.InviteRecord.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InviteRecord message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.InviteRecord & meshbackup.InviteRecord.$Shape} InviteRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.InviteRecord & meshbackup.InviteRecord.$Shape;
    }

    namespace InviteRecord {

        /** Properties of an InviteRecord. */
        interface $Properties {

            /** InviteRecord inviteId */
            inviteId?: (string|null);

            /** InviteRecord issuer */
            issuer?: (string|null);

            /** InviteRecord meshId */
            meshId?: (string|null);

            /** InviteRecord expiresMs */
            expiresMs?: (number|null);

            /** InviteRecord singleUse */
            singleUse?: (boolean|null);

            /** InviteRecord site */
            site?: (string|null);

            /** InviteRecord media */
            media?: (string|null);

            /** InviteRecord issuedMs */
            issuedMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InviteRecord. */
        type $Shape = meshbackup.InviteRecord.$Properties;
    }

    /**
     * Properties of a SignedInvite.
     * @deprecated Use meshbackup.SignedInvite.$Properties instead.
     */
    interface ISignedInvite extends meshbackup.SignedInvite.$Properties {
    }

    /** Represents a SignedInvite. */
    class SignedInvite {

        /**
         * Constructs a new SignedInvite.
         * @param [p] Properties to set
         */
        constructor(p?: meshbackup.SignedInvite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignedInvite record. */
        record: Uint8Array;

        /** SignedInvite signature. */
        signature: Uint8Array;

        /**
         * Encodes the specified SignedInvite message. Does not implicitly {@link meshbackup.SignedInvite.verify|verify} messages.
         * @param m SignedInvite message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.SignedInvite.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignedInvite message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.SignedInvite & meshbackup.SignedInvite.$Shape} SignedInvite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.SignedInvite & meshbackup.SignedInvite.$Shape;
    }

    namespace SignedInvite {

        /** Properties of a SignedInvite. */
        interface $Properties {

            /** SignedInvite record */
            record?: (Uint8Array|null);

            /** SignedInvite signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignedInvite. */
        type $Shape = meshbackup.SignedInvite.$Properties;
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

        /** MeshMembership admission. */
        admission: Uint8Array;

        /**
         * Encodes the specified MeshMembership message. Does not implicitly {@link meshbackup.MeshMembership.verify|verify} messages.
         * @param m MeshMembership message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MeshMembership.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MeshMembership message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape} MeshMembership
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MeshMembership & meshbackup.MeshMembership.$Shape;
    }

    namespace MeshMembership {

        /** Properties of a MeshMembership. */
        interface $Properties {

            /** MeshMembership meshId */
            meshId?: (string|null);

            /** MeshMembership secret */
            secret?: (Uint8Array|null);

            /** MeshMembership admission */
            admission?: (Uint8Array|null);

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

        /** MemberHello admission. */
        admission: Uint8Array;

        /**
         * Encodes the specified MemberHello message. Does not implicitly {@link meshbackup.MemberHello.verify|verify} messages.
         * @param m MemberHello message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.MemberHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemberHello message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.MemberHello & meshbackup.MemberHello.$Shape} MemberHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.MemberHello & meshbackup.MemberHello.$Shape;
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

            /** MemberHello admission */
            admission?: (Uint8Array|null);

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
         * Encodes the specified CatalogBody message. Does not implicitly {@link meshbackup.CatalogBody.verify|verify} messages.
         * @param m CatalogBody message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: meshbackup.CatalogBody.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CatalogBody message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape} CatalogBody
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): meshbackup.CatalogBody & meshbackup.CatalogBody.$Shape;
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
}
