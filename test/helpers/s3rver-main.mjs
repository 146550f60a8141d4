// s3rver in a process of its own, so a test blocked in spawnSync (the CLI) still has a bucket that
// answers. Prints the port it listens on, then serves until killed.
import S3rver from 's3rver';

const [directory, ...buckets] = process.argv.slice(2);
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
const { port } = await server.run();
process.stdout.write(`${port}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
