/** The six lessons of "From Policy to Action", titled as in the briefing note and in its order. */
export const BRIEFING_LESSON_TITLES = [
  'A Delivery Unit is there to drive policy delivery for political priorities',
  'Recognise that a delivery unit is only part of the solution; it can help deliver government priorities but cannot implement them',
  'Build a trusting relationship with the sectoral departments',
  'Keep focus on what matters; avoid mission creep',
  'Use adequate tools, data, and routines',
  'Build the right team',
];
