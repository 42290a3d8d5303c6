export const id = 23;
export const ids = [23];
export const modules = {

/***/ 57023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reachMongo: () => (/* binding */ reachMongo),
  rootCredentials: () => (/* binding */ rootCredentials)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/mongodb/lib/index.js
var lib = __webpack_require__(84294);
;// CONCATENATED MODULE: ./src/mongo/uri.ts
/**
 * MongoDB connection strings without their credentials: k2h keeps user and password apart from
 * the address so an address can be logged, put in an error, or reused with other credentials.
 */
/**
 * Splits `mongodb[+srv]://user:password@hosts/...`. The credentials end at the last `@` before
 * the path, as drivers read them. Throws a message that contains nothing of the input.
 */
function splitUri(uri) {
    const m = /^(mongodb(?:\+srv)?:\/\/)([^/?]*)(.*)$/s.exec(uri.trim());
    if (!m)
        throw new Error('the MongoDB URI is not a mongodb:// or mongodb+srv:// URL');
    const [, scheme, authority, rest] = m;
    const at = authority.lastIndexOf('@');
    if (at < 0)
        return { address: uri.trim() };
    const info = authority.slice(0, at);
    const colon = info.indexOf(':');
    let username;
    let password;
    try {
        username = decodeURIComponent(colon < 0 ? info : info.slice(0, colon));
        password = colon < 0 ? undefined : decodeURIComponent(info.slice(colon + 1));
    }
    catch {
        throw new Error('the MongoDB URI has credentials that are not valid percent-encoding');
    }
    return { address: `${scheme}${authority.slice(at + 1)}${rest}`, username, password };
}
/** The host list of an address (`a:1,b:2`), for messages. */
function hostsOf(address) {
    const m = /^mongodb(?:\+srv)?:\/\/([^/?]*)/.exec(address);
    return m ? m[1] : '(unknown host)';
}

;// CONCATENATED MODULE: ./src/mongo/connect.ts
/**
 * One authenticated connection to a MongoDB server, with the credentials kept out of the address.
 * Tries candidate root users in order (e.g. `root`, then `admin`) and says which one worked.
 */



/** Driver error codes that mean "these credentials are wrong", not "the server is broken". */
const AUTH_FAILED = new Set([18, 11]);
/** An authenticated client, the user that worked and the server facts. */
class MongoConnection {
    client;
    address;
    username;
    server;
    clientOptions;
    onClose;
    constructor(client, 
    /** The address (no credentials): safe to log. */
    address, username, server, clientOptions, onClose) {
        this.client = client;
        this.address = address;
        this.username = username;
        this.server = server;
        this.clientOptions = clientOptions;
        this.onClose = onClose;
    }
    /** Whether `$out` may write into another database (MongoDB >= 4.4). */
    get canOutToOtherDatabase() {
        return this.server.major > 4 || (this.server.major === 4 && this.server.minor >= 4);
    }
    /** A new, unconnected client for the same address as another user (to prove a user works). */
    clientAs(creds) {
        return new lib.MongoClient(this.address, {
            ...this.clientOptions,
            auth: { username: creds.username, password: creds.password },
            authSource: creds.source ?? 'admin',
        });
    }
    async close() {
        try {
            await this.client.close();
        }
        finally {
            await this.onClose?.();
        }
    }
}
/**
 * Connects and authenticates with the first candidate that the server accepts.
 * Wrong credentials for every candidate and an unreachable server are ConfigurationErrors that
 * name the address and the source of the credentials, never a password.
 */
async function connectMongo(o) {
    for (const c of o.credentials)
        o.logger.mask(c.password);
    // Defaults only where the address does not say otherwise (object options would override it).
    const inUri = (name) => new RegExp(`[?&]${name}=`, 'i').test(o.address);
    const options = {
        ...(inUri('serverSelectionTimeoutMS') ? {} : { serverSelectionTimeoutMS: 15_000 }),
        ...(inUri('connectTimeoutMS') ? {} : { connectTimeoutMS: 10_000 }),
        ...(inUri('appName') ? {} : { appName: 'k2h' }),
        ...o.clientOptions,
    };
    const hosts = hostsOf(o.address);
    const refused = [];
    for (const c of o.credentials) {
        const client = new lib.MongoClient(o.address, {
            ...options,
            auth: { username: c.username, password: c.password },
            authSource: c.source ?? 'admin',
        });
        try {
            await client.connect();
            const server = await serverInfo(client);
            o.logger.info(`MongoDB ${server.version} at ${hosts}: authenticated as ${c.username}` +
                (refused.length ? ` (tried ${[...refused, c.username].join(', ')})` : ''));
            return new MongoConnection(client, o.address, c.username, server, options, o.onClose);
        }
        catch (err) {
            await client.close().catch(() => undefined);
            if (err instanceof lib.MongoServerError && AUTH_FAILED.has(Number(err.code))) {
                refused.push(c.username);
                continue;
            }
            await o.onClose?.();
            throw new errors/* ConfigurationError */.j1(`MongoDB at ${hosts} is not reachable: ${o.logger.redact((0,errors/* errorMessage */.gJ)(err))}. ` +
                'Check that MongoDB runs and that the address (--mongodb-uri) is right.');
        }
    }
    await o.onClose?.();
    throw new errors/* ConfigurationError */.j1(`MongoDB at ${hosts} refused the credentials from ${o.credentialsFrom} for user(s) ${refused.join(', ')} ` +
        `(authentication database ${o.credentials[0]?.source ?? 'admin'}): check the password and the root user name.`);
}
/** buildInfo + hello. */
async function serverInfo(client) {
    const admin = client.db('admin');
    const build = await admin.command({ buildInfo: 1 });
    const hello = await admin.command({ hello: 1 });
    const version = String(build.version ?? '0.0.0');
    const [major, minor] = version.split('.').map((x) => parseInt(x, 10));
    return {
        version,
        major: major || 0,
        minor: minor || 0,
        setName: hello.setName,
        isPrimary: hello.isWritablePrimary === true || hello.ismaster === true,
        primary: hello.primary,
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 830 modules
var dist = __webpack_require__(48203);
;// CONCATENATED MODULE: ./src/mongo/port-forward.ts
/**
 * A local TCP port that reaches a pod's port through the Kubernetes API (pods/portforward over
 * WebSocket, as `kubectl port-forward` does), so k2h can talk to MongoDB from outside the cluster
 * with nothing but a kubeconfig.
 */



/**
 * Listens on 127.0.0.1 (an ephemeral port) and pipes every accepted socket through one
 * PortForward WebSocket of its own to `namespace/pod:targetPort`. One WebSocket per TCP
 * connection keeps the driver's connection pool and the forward's lifetimes aligned.
 */
async function forwardPort(config, target, logger) {
    const forward = new dist.PortForward(config, true);
    const sockets = new Set();
    const server = external_node_net_default().createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        const errors = [];
        const errStream = new external_node_stream_.Writable({
            write(chunk, _enc, cb) {
                errors.push(chunk);
                cb();
            },
        });
        forward
            .portForward(target.namespace, target.pod, [target.port], socket, errStream, socket)
            .then((ws) => {
            const w = typeof ws === 'function' ? ws() : ws;
            if (!w) {
                socket.destroy();
                return;
            }
            w.on('close', () => {
                if (Buffer.concat(errors).toString('utf8').trim())
                    logger.debug(`port-forward ${target.namespace}/${target.pod}:${target.port}: ${Buffer.concat(errors).toString('utf8').slice(0, 300)}`);
                socket.end();
            });
            w.on('error', () => socket.destroy());
            socket.on('close', () => w.close());
        })
            .catch((err) => {
            logger.debug(`port-forward ${target.namespace}/${target.pod}:${target.port} failed: ${err?.message ?? err}`);
            socket.destroy();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    return {
        host: '127.0.0.1',
        port,
        close: () => new Promise((resolve) => {
            for (const s of sockets)
                s.destroy();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./src/mongo/discover.ts




/**
 * Connects as root. With `uri`, that URI (its credentials, or the root password from the
 * Secret when it has none). Otherwise discovers the primary as described above.
 */
async function reachMongo(kube, o) {
    const timeouts = o.serverSelectionTimeoutMS ? { serverSelectionTimeoutMS: o.serverSelectionTimeoutMS } : {};
    if (o.uri) {
        const split = splitUri(o.uri);
        if (split.password !== undefined)
            o.logger.mask(split.password);
        if (split.username && split.password !== undefined)
            return connectMongo({
                address: split.address,
                credentials: [
                    { username: split.username, password: split.password, source: authSourceOf(split.address) },
                ],
                credentialsFrom: '--mongodb-uri',
                logger: o.logger,
                clientOptions: timeouts,
            });
        if (!kube)
            throw new errors/* ConfigurationError */.j1('--mongodb-uri has no credentials: add the root user and password to it');
        const creds = await rootCredentials(kube, o.location, o.logger, split.username);
        return connectMongo({
            address: split.address,
            credentials: creds,
            credentialsFrom: secretRef(o.location),
            logger: o.logger,
            clientOptions: timeouts,
        });
    }
    if (!kube)
        throw new errors/* ConfigurationError */.j1('no --mongodb-uri and no cluster to discover MongoDB in');
    const loc = o.location;
    const creds = await rootCredentials(kube, loc, o.logger);
    const pods = await runningPods(kube, loc);
    const env = o.env ?? process.env;
    const route = o.route && o.route !== 'auto' ? o.route : env.KUBERNETES_SERVICE_HOST ? 'in-cluster' : 'port-forward';
    if (route === 'in-cluster') {
        // The pods' stable DNS names as seeds; the driver finds the primary from the set itself.
        const seeds = pods.map((p) => `${p}.${loc.headlessService}.${loc.namespace}.svc.cluster.local:${loc.port}`);
        sayOnce(o.logger, `MongoDB: connecting inside the cluster to ${seeds.join(',')}`);
        return connectMongo({
            address: `mongodb://${seeds.join(',')}/`,
            credentials: creds,
            credentialsFrom: secretRef(loc),
            logger: o.logger,
            clientOptions: timeouts,
        });
    }
    // Outside: one pod at a time through the API server; hop to the primary that `hello` names.
    let pod = pods[0];
    for (let hop = 0; hop < 3; hop++) {
        const fwd = await forwardPort(kube.config, { namespace: loc.namespace, pod, port: loc.port }, o.logger);
        const conn = await connectMongo({
            address: `mongodb://${fwd.host}:${fwd.port}/?directConnection=true`,
            credentials: creds,
            credentialsFrom: secretRef(loc),
            logger: o.logger,
            clientOptions: timeouts,
            onClose: fwd.close,
        });
        if (conn.server.isPrimary) {
            sayOnce(o.logger, `MongoDB: primary is pod ${loc.namespace}/${pod}, reached through a port-forward`);
            return conn;
        }
        await conn.close();
        const primaryPod = conn.server.primary?.split(':')[0].split('.')[0];
        if (!primaryPod || !pods.includes(primaryPod))
            throw new errors/* ConfigurationError */.j1(`MongoDB pod ${loc.namespace}/${pod} is not the primary and names no primary among the pods ` +
                `(${pods.join(', ')}): wait until the replica set has elected one, then re-run`);
        o.logger.info(`MongoDB: ${pod} is a secondary; the primary is ${primaryPod}`);
        pod = primaryPod;
    }
    throw new errors/* ConfigurationError */.j1('MongoDB: the primary moved while connecting; re-run when the replica set is stable');
}
/** Candidate root credentials from the Secret, masked as soon as read. */
async function rootCredentials(kube, loc, logger, onlyUser) {
    const secret = await kube.get('v1', 'Secret', loc.secret, loc.namespace);
    for (const v of Object.values(secret?.data ?? {}))
        logger.mask(Buffer.from(v, 'base64').toString('utf8'));
    const encoded = secret?.data?.[loc.secretKey];
    if (!encoded)
        throw new errors/* ConfigurationError */.j1(`${secretRef(loc)} not found: it holds the MongoDB root password; pass --mongodb-uri instead if MongoDB runs elsewhere`);
    const password = Buffer.from(encoded, 'base64').toString('utf8');
    const users = onlyUser ? [onlyUser] : loc.rootUsers;
    return users.map((username) => ({ username, password, source: 'admin' }));
}
/** Names of the StatefulSet's running pods, ordinal order. */
async function runningPods(kube, loc) {
    const re = new RegExp(`^${loc.statefulSet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
    const pods = (await kube.list('v1', 'Pod', loc.namespace))
        .filter((p) => re.test(p.metadata?.name ?? '') && (p.status?.phase ?? 'Running') === 'Running')
        .map((p) => p.metadata.name)
        .sort((a, b) => Number(re.exec(a)[1]) - Number(re.exec(b)[1]));
    if (!pods.length)
        throw new errors/* ConfigurationError */.j1(`no running pod of StatefulSet ${loc.namespace}/${loc.statefulSet}: MongoDB is down or elsewhere; start it or pass --mongodb-uri`);
    return pods;
}
function secretRef(loc) {
    return `Secret ${loc.namespace}/${loc.secret} key ${loc.secretKey}`;
}
function authSourceOf(address) {
    const q = address.indexOf('?');
    const params = new URLSearchParams(q < 0 ? '' : address.slice(q + 1));
    return params.get('authSource') ?? (/^mongodb(?:\+srv)?:\/\/[^/]*\/([^?]+)/.exec(address)?.[1] || 'admin');
}
/** Facts about where MongoDB is, told once per process (a phase connects several times). */
const told = new Set();
function sayOnce(logger, text) {
    if (told.has(text))
        return logger.debug(text);
    told.add(text);
    logger.info(text);
}


/***/ })

};
