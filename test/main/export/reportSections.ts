/** The headings every workshop report has, in order (the blueprint's is on its tiles' running header). */
export const SECTIONS = [
  'Service blueprint workshop report', 'In short', 'The blueprint', 'Priority matrix', 'Benchmark scorecard',
  'Differentiation concepts', 'Brand coverage', 'Who owns the experience', 'Gaps and waiting by stage', 'Experience curve',
  'Root causes', 'Handoffs and fail points', 'Product layer', 'Customer quotes', 'Dot votes', 'Open comments',
  'Parking lot', 'Agenda',
];
