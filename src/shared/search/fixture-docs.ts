import type { SearchDoc } from '../handbook-data';

/** A small hand-written corpus for the engine's unit tests (not the real handbook). */
function doc(
  slug: string,
  anchor: string,
  title: string,
  heading: string,
  keywords: string,
  body: string,
): SearchDoc {
  return { id: `${slug}#${anchor}`, slug, anchor, title, heading, keywords, body };
}

export const FIXTURE_DOCS: SearchDoc[] = [
  doc(
    'cramps',
    '',
    'Understanding back cramps',
    '',
    'spasm, charley horse',
    'A back cramp is a sudden, painful tightening of the muscles in your lower back. Most cramps ease within minutes.',
  ),
  doc(
    'cramps',
    'why-they-happen',
    'Understanding back cramps',
    'Why cramps happen',
    '',
    'Tired muscles, dehydration and sitting for hours can all set off a cramp. Cramping is common after exercise.',
  ),
  doc(
    'nerves',
    '',
    'Nerve-related pain',
    '',
    'sciatica, trapped nerve, pins and needles',
    'Sciatica is pain that travels from your back down your leg. You may feel tingling or numbness in the foot.',
  ),
  doc(
    'nerves',
    'slipped-disc',
    'Nerve-related pain',
    'Herniated disc',
    '',
    'A herniated disc can press on a nerve root. Most get better on their own within six weeks.',
  ),
  doc(
    'pregnancy',
    '',
    'Back pain in early pregnancy',
    '',
    'pregnant, expecting',
    'Many people get back pain in pregnancy as hormones loosen the ligaments around the pelvis.',
  ),
  doc(
    'pregnancy',
    'when-to-call',
    'Back pain in early pregnancy',
    'When to call your midwife',
    '',
    'Call your midwife if the pain comes in waves, or if you have bleeding. That’s important.',
  ),
  doc(
    'kidneys',
    '',
    'Other medical causes',
    'Kidney infection',
    'renal',
    'A kidney infection causes pain in the side, fever and pain when you pee. See a doctor the same day.',
  ),
  doc(
    'self-care',
    '',
    'Looking after yourself',
    'Medicines',
    'painkillers',
    'Paracetamol or ibuprofen can help. Heat, gentle walking and stretching ease a cramp. Avoid bed rest.',
  ),
  doc(
    'urgent',
    '',
    'When to get urgent help',
    'Go to A&E',
    'emergency',
    'Go to A&E or call 999 if you cannot control your bladder or you have numbness around your bottom.',
  ),
  doc(
    'glossary',
    'lumbar',
    'Glossary',
    'Lumbar',
    '',
    'Lumbar means the lower part of the back. Café au lait spots are not related. <script> is not code here.',
  ),
];
