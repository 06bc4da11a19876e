// Sets the version of the extension and the package together: package.json, package-lock.json (its root entries)
// and manifest.json, which the stores read.
//
//   npm run version:bump -- 1.1.0      an exact version
//   npm run version:bump -- patch      1.0.0 → 1.0.1 (also minor: 1.1.0, major: 2.0.0)
//
// Browsers take versions of up to four dot-separated integers (Chrome refuses anything else), so only plain
// MAJOR.MINOR.PATCH is accepted: no "-beta" suffix.
import { readFile, writeFile } from "node:fs/promises";

const FILES = { pkg: "package.json", lock: "package-lock.json", manifest: "manifest.json" };
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
const STEPS = ["major", "minor", "patch"];

/** The version after `current` that `request` asks for, or null when `request` is neither a version nor a step. */
export function nextVersion(current, request) {
  if (VERSION.test(request)) return request;
  const step = STEPS.indexOf(request);
  const parts = VERSION.exec(current)?.slice(1).map(Number);
  if (step === -1 || !parts) return null;
  return parts.map((part, index) => (index < step ? part : index === step ? part + 1 : 0)).join(".");
}

async function readJson(file) {
  return JSON.parse(await readFile(file, "utf8"));
}

async function writeJson(file, value) {
  await writeFile(file, JSON.stringify(value, null, 2) + "\n");
}

async function main([request]) {
  const [pkg, lock, manifest] = await Promise.all(Object.values(FILES).map(readJson));
  const version = request === undefined ? null : nextVersion(pkg.version, request);
  if (version === null) {
    console.error(`version: expected MAJOR.MINOR.PATCH or one of ${STEPS.join(", ")} (current: ${pkg.version})`);
    return 2;
  }
  if (manifest.version !== pkg.version) {
    console.error(`version: ${FILES.manifest} has ${manifest.version} but ${FILES.pkg} has ${pkg.version}; fix that first`);
    return 1;
  }
  pkg.version = version;
  lock.version = version;
  if (lock.packages?.[""]) lock.packages[""].version = version;
  manifest.version = version;
  await Promise.all([writeJson(FILES.pkg, pkg), writeJson(FILES.lock, lock), writeJson(FILES.manifest, manifest)]);
  console.log(`version: ${version} in ${Object.values(FILES).join(", ")}; add its entry to CHANGELOG.md`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
