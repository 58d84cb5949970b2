/** The guard prompt in Hindi (`hi`). */
import type { PromptWords } from '../types';

export const hi: PromptWords = {
  lang: 'hi',
  source: 'Drafted by the implementer (not a native speaker) and not yet reviewed by one. The console\'s Hindi confirm button says "पुष्टि करें"; the prompt uses "पुष्टि करने के लिए" (to confirm); loanwords (प्रोजेक्ट, टैब, डायलॉग) as Google\'s Hindi UI uses them.',
  acts: '"{title}" का असर {environment} एनवायरमेंट पर होगा: {scope}।',
  actsUntitled: 'इस डायलॉग का असर {environment} एनवायरमेंट पर होगा: {scope}।',
  scope: { gcp: 'प्रोजेक्ट {id}', aws: 'AWS खाता {id}', azure: 'Azure सदस्यता {id}', site: 'साइट {id}' },
  unknown: '(अभी पता नहीं)',
  type: 'पुष्टि करने के लिए {word} टाइप करें',
  verb: 'पुष्टि करें',
  verbInText: 'पुष्टि करने',
  locked: 'नाम टाइप करने तक लॉक है।',
  unlocked: 'सिर्फ़ इस डायलॉग के लिए अनलॉक किया गया।',
  blocked: 'ब्लॉक किया गया: पहले नाम टाइप करें।',
  askAgain: 'डायलॉग बदल गया है: इसे फिर से पढ़ें और नाम टाइप करें।',
  paste: 'यहां चिपकाया नहीं जा सकता: कीबोर्ड से नाम टाइप करें।',
  untyped: 'सिर्फ़ आपकी अपनी टाइपिंग मान्य है: कीबोर्ड से नाम टाइप करें।',
  others: 'दूसरे टैब में भी खुला है: {list}',
  comma: ', ',
};
