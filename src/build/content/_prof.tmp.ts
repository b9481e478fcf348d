import { buildHandbook } from './build-handbook.ts';
for (let i = 0; i < 2; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = await buildHandbook(process.argv[2]!);
  const u = process.cpuUsage(c);
  console.log(
    r.ok,
    ((performance.now() - t) / 1000).toFixed(2),
    's wall',
    ((u.user + u.system) / 1e6).toFixed(2),
    's cpu',
  );
}
