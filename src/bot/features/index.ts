import { availabilityFeature } from "./availability/index.js";
import { checkFeature } from "./check/index.js";
import { contactsFeature } from "./contacts/index.js";
import { devicesFeature } from "./devices.js";
import type { Feature } from "./feature.js";
import { fallbackFeature } from "./fallback.js";
import { helpFeature } from "./help.js";
import { inboxFeature } from "./inbox.js";
import { lintFeature } from "./lint.js";
import { outcomesFeature } from "./outcomes.js";
import { privacyFeature } from "./privacy/index.js";
import { rulesFeature } from "./rules/index.js";
import { safetyFeature } from "./safety/index.js";
import { settingsFeature } from "./settings/index.js";
import { startFeature } from "./start.js";

/**
 * Every feature in the order its handlers run. The catch-all fallback stays last.
 * To add a feature: export a Feature from its own file and list it here.
 */
export function allFeatures(): Feature[] {
  const features: Feature[] = [startFeature, privacyFeature, safetyFeature, settingsFeature, devicesFeature, contactsFeature, checkFeature, rulesFeature, availabilityFeature, lintFeature, outcomesFeature, inboxFeature];
  const help = helpFeature(() => [features[0]!, help, ...features.slice(1)].flatMap((f) => f.commands));
  return [features[0]!, help, ...features.slice(1), fallbackFeature];
}
