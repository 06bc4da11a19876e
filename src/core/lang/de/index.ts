// The German module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import detect from "./detect";

const de: LanguageModule = { code: "de", detect, checks: null, hooks: {} };

export default de;
