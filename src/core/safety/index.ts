export * from "./answers.js";
export * from "./checkin.js";
export * from "./invite.js";
export * from "./warnlist.js";
