// The French module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import checks from "./checks";
import detect from "./detect";

const fr: LanguageModule = { code: "fr", detect, checks, hooks: {} };

export default fr;
