// Every language module. A new language is a folder here, and one line below.
import de from "./de";
import en from "./en";
import es from "./es";
import fr from "./fr";
import it from "./it";
import type { LanguageModule } from "./module";
import pt from "./pt";

export const languageModules: readonly LanguageModule[] = [fr, en, de, es, it, pt];
