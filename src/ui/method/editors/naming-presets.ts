/** Common conventions to start from (Matook & Indulska 2009, activity 4.2); the user edits the pattern before adding. */
export const SUGGESTIONS = [
  {
    label: 'Processes: verb + noun',
    appliesTo: 'category:process',
    pattern: '^(?!.*\\p{L}(?:ment|ing|tion|sion)$)\\p{Lu}\\p{Ll}+ \\S.*$',
    description: 'A process name starts with a verb and names what it works on, e.g. not “Complaint management”.',
    example: 'Manage complaints',
  },
  {
    label: 'Objects: capitalised noun',
    appliesTo: 'category:business-object',
    pattern: "^(?=.{1,40}$)\\p{Lu}[\\p{L}\\p{N} '/()-]*$",
    description: 'A business object is a short noun phrase that starts with a capital letter.',
    example: 'Customer inquiry',
  },
  {
    label: 'Measures: short name',
    appliesTo: 'category:quality-measure',
    pattern: '^(?=.{1,45}$)[\\p{Lu}\\p{N}][^.!?:]*$',
    description: 'A quality measure names what it measures in at most 45 characters, without a sentence.',
    example: 'Call abandonment rate',
  },
];
