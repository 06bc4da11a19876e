// The Italian module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import detect from "./detect";

const it: LanguageModule = { code: "it", detect, checks: null, hooks: {} };

export default it;
