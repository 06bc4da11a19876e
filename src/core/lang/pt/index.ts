// The Portuguese module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import detect from "./detect";

const pt: LanguageModule = { code: "pt", detect, checks: null, hooks: {} };

export default pt;
