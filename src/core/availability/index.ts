export * from "./types.js";
export { blockedBy, blockedIntervals, findConflicts, isHoldActive } from "./busy.js";
export { freeGaps, freeSlots, freeSlotsByDay, freeSlotsHorizon, hoursOn, nextFreeDay } from "./slots.js";
export type { HorizonQuery } from "./slots.js";
export { nearestFreeSlot, pickProposal } from "./pick.js";
