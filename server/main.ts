// Entry point: start the server with configuration from the environment and print where to go.
import { configFromEnv } from './config';
import { startServer } from './create-server';
import { InstrumentFileError } from '../shared/instruments/validate';
import { applyTimeZone } from './time-zone';

// First: every date the server writes from here on is in the centre's zone.
applyTimeZone();
const config = configFromEnv();
const server = await startServer(config, (line) => console.error(line)).catch((err: unknown) => {
  if (!(err instanceof InstrumentFileError)) throw err;
  console.error(`\n  Circletime cannot start: an instrument file is malformed. 问卷文件格式有误，无法启动。\n  ${err.message}\n`);
  process.exit(1);
});

// The laptop's own browser stays on plain http://localhost (a secure context already), HTTPS on or not.
const local = `http://localhost:${server.port}`;
const lines = [
  '',
  '  Circletime 童心圈 is running.',
  '',
  `  Facilitator console 带领者控制台:  ${local}/console`,
  `  Tablets join at 平板加入:           ${server.lanUrls.map((u) => `${u}/j`).join('   ')}`,
  `  Shared screen 大屏幕:               ${local}/screen  (or "Open screen" in the console)`,
  `  Data folder 数据目录:               ${config.dataDir}`,
];
if (server.localCa) {
  // Plain http: a tablet that does not trust the CA yet fetches it without a warning page (check the fingerprint).
  const caUrl = `${(server.lanUrls[0] ?? local).replace(/^https:/, 'http:')}/ca`;
  lines.push(`  Tablets trust this laptop once 平板首次信任本机: ${caUrl}`, `  CA fingerprint 证书指纹 (SHA-256):  ${server.localCa.fingerprint}`);
}
if (server.healthPort !== undefined) lines.push(`  Health checks 健康检查:             http://${config.host}:${server.healthPort}/healthz`);
if (server.cluster.shared) lines.push(`  Node 节点:                         ${server.cluster.nodeId} (PostgreSQL)`);
// Live sessions resume as their tablets, screen or console come back (each room is rebuilt from its log then).
if (server.liveSessions > 0) lines.push(`  Live sessions to resume 待恢复的进行中活动: ${server.liveSessions}`);
if (server.setupCode) {
  lines.push(
    '',
    `  First start: open the console and enter this one-time setup code to create the first facilitator account.`,
    `  首次启动：在控制台输入这个一次性设置码，创建第一个带领者账号。`,
    '',
    `      Setup code 设置码:  ${server.setupCode}`,
  );
}
lines.push('', '  Press Ctrl+C to stop. 按 Ctrl+C 停止。', '');
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
