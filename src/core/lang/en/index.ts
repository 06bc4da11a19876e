// The English module: one object the detector and the checks both take.
import type { LanguageModule } from "../module";
import checks from "./checks";
import detect from "./detect";

const en: LanguageModule = { code: "en", detect, checks, hooks: {} };

export default en;
