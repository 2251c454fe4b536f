// The terms the glossary explains (texts: `glossary.<id>.term` and `.text` in the message
// files), and which of them each step's introduction names.
export const GLOSSARY = [
  "due_diligence",
  "involvement",
  "causes",
  "contributes",
  "directly_linked",
  "severity",
  "scale",
  "scope",
  "irremediability",
  "likelihood",
  "actual_impact",
  "prioritise",
  "leverage",
  "tier",
  "kpi",
  "smart",
  "multistakeholder",
  "preconditions",
  "remedy",
  "grievance_mechanism",
  "stakeholder",
  "responsible_disengagement",
  "living_wage",
  "code_of_conduct",
  "cap",
] as const;

export type GlossaryTerm = (typeof GLOSSARY)[number];

export const STEP_TERMS: Record<number, GlossaryTerm[]> = {
  1: ["due_diligence", "code_of_conduct", "preconditions", "kpi", "smart"],
  2: [
    "tier",
    "involvement",
    "causes",
    "contributes",
    "directly_linked",
    "severity",
    "likelihood",
    "prioritise",
  ],
  3: [
    "involvement",
    "causes",
    "contributes",
    "directly_linked",
    "leverage",
    "multistakeholder",
    "responsible_disengagement",
  ],
  4: ["kpi", "cap", "code_of_conduct"],
  5: ["stakeholder", "multistakeholder"],
  6: ["remedy", "grievance_mechanism", "actual_impact"],
};
