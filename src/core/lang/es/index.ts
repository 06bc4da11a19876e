// The Spanish module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import detect from "./detect";

const es: LanguageModule = { code: "es", detect, checks: null, hooks: {} };

export default es;
