/**
 * Hindi (`hl=hi`). The Google Cloud docs are not published in Hindi, so the
 * wording is the console's standard Google Hindi, as Google Workspace and
 * Android write it: polite imperatives (मिटाएं "delete", हटाएं "remove",
 * रद्द करें "cancel", बंद करें "close").
 *
 * Hindi quirks: `बंद करें` is Close, and also turns things off (an API,
 * billing, a project): it is disable or shut down only with such a thing
 * named. The nasal ending is written two ways (मिटाएं / मिटाएँ), both are
 * listed. Past forms (मिटा दिया गया "was deleted") are reports.
 */
import type { LanguageTable } from './types';

const GOOGLE_HI = 'standard Google Hindi UI wording (Workspace, Android, Google Cloud console with hl=hi); Google Cloud docs have no Hindi edition';

export const hi: LanguageTable = {
  lang: 'hi',
  name: 'Hindi',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['मिटाएं', 'मिटाएँ', 'मिटा दें', 'मिटाना', 'मिटाने', 'हमेशा के लिए मिटाएं', 'डिलीट करें'], source: `Delete = "मिटाएं"; ${GOOGLE_HI}` },
    { action: 'remove', forms: ['हटाएं', 'हटाएँ', 'हटा दें', 'हटाना', 'हटाने', 'निकालें'], source: `IAM "Remove principal" = "प्रिंसिपल हटाएं"; ${GOOGLE_HI}` },
    { action: 'destroy', forms: ['नष्ट करें', 'नष्ट करना', 'नष्ट करने'], source: `Cloud KMS "Destroy" = "नष्ट करें"; ${GOOGLE_HI}` },
    { action: 'shut-down', forms: ['शट डाउन करें', 'शट डाउन', 'बंद करें', 'बंद करना', 'बंद करने'], context: ['प्रोजेक्ट', 'परियोजना', 'शट'], source: `Resource Manager "Shut down" = "शट डाउन करें"; बंद करें only with a project named; ${GOOGLE_HI}` },
    { action: 'disable', forms: ['अक्षम करें', 'अक्षम करना', 'अक्षम करने', 'बंद करें', 'बंद करना', 'बंद करने'], context: ['api', 'एपीआई', 'बिलिंग', 'कुंजी', 'सेवा', 'अक्षम'], source: `Service Usage "Disable API", IAM keys "अक्षम करें"; बंद करें only with an API, billing or a key named; ${GOOGLE_HI}` },
    { action: 'purge', forms: ['पर्ज करें', 'सूची खाली करें', 'कतार खाली करें', 'क्यू खाली करें', 'खाली करें'], source: `Cloud Tasks "Purge queue"; ${GOOGLE_HI}` },
    { action: 'release', forms: ['रिलीज़ करें', 'रिलीज करें', 'रिलीज़ करना', 'रिलीज करना', 'रिलीज़ करने', 'रिलीज करने'], source: `Compute Engine "Release static address" = "स्टैटिक पता रिलीज़ करें"; ${GOOGLE_HI}` },
    { action: 'reset', forms: ['रीसेट करें', 'रीसेट करना', 'रीसेट करने'], source: `Compute Engine "Reset" = "रीसेट करें"; ${GOOGLE_HI}` },
    { action: 'stop', forms: ['रोकें', 'रोक दें', 'रोकना', 'रोकने', 'निलंबित करें'], source: `Compute Engine "Stop" = "रोकें", "Suspend" = "निलंबित करें"; ${GOOGLE_HI}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['मिटा दिया जाएगा', 'मिटा दी जाएगी', 'मिटा दिए जाएंगे', 'मिटा दिए जाएँगे', 'हमेशा के लिए मिटा'], source: 'dialog descriptions ("हमेशा के लिए मिटा दिया जाएगा"); as for मिटाएं' },
    { action: 'remove', forms: ['हटा दिया जाएगा', 'हटा दी जाएगी', 'हटा दिए जाएंगे', 'हटा दिए जाएँगे'], source: 'as for हटाएं' },
    { action: 'destroy', forms: ['नष्ट कर दिया जाएगा', 'नष्ट कर दी जाएगी'], source: 'as for नष्ट करें' },
    { action: 'disable', forms: ['अक्षम कर दिया जाएगा', 'अक्षम कर दी जाएगी'], source: 'as for अक्षम करें' },
    { action: 'reset', forms: ['रीसेट कर दिया जाएगा', 'रीसेट हो जाएगा'], source: 'as for रीसेट करें' },
  ],
  harmless: [
    { forms: ['मिटाया नहीं जा सकता', 'मिटाई नहीं जा सकती', 'नहीं मिटा सकते', 'हटाया नहीं जा सकता'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['मिटाने से सुरक्षा', 'मिटाए जाने से सुरक्षा', 'गलती से मिटाने', 'मिटाने से रोकें'], source: `Compute Engine "Deletion protection"; ${GOOGLE_HI}` },
    { forms: ['अस्थायी रूप से मिटाना', 'मिटाने की नीति', 'डेटा रखने की अवधि', 'रखने की नीति'], source: 'Cloud Storage soft delete and retention, chosen' },
    { forms: ['मिटा दिया गया', 'मिटा दी गई', 'मिटा दिए गए', 'मिटाया गया', 'मिटाए गए', 'हाल ही में मिटाए गए', 'हटा दिया गया', 'मिटाने के लिए शेड्यूल'], source: 'status reports ("क्लस्टर मिटा दिया गया"), lists of deleted items: a report is not a request; chosen' },
    { forms: ['मिटाना रद्द करें', 'मिटाना पहले जैसा करें', 'पहले जैसा करें', 'वापस लाएं', 'पूर्ववत करें'], source: 'IAM undelete, restore, undo, chosen' },
    { forms: ['फ़िल्टर हटाएं', 'फ़िल्टर हटाएँ', 'फिल्टर हटाएं', 'सभी फ़िल्टर हटाएं', 'सभी फिल्टर हटाएं', 'खोज हटाएं', 'कॉलम हटाएं', 'पसंदीदा से हटाएं', 'पिन हटाएं'], source: 'table filter chips, search boxes, pinned products, chosen: UI state destroys nothing' },
    { forms: ['कॉलम रीसेट करें', 'फ़िल्टर रीसेट करें', 'फिल्टर रीसेट करें', 'व्यू रीसेट करें', 'लेआउट रीसेट करें', 'ज़ूम रीसेट करें', 'पासवर्ड रीसेट करें', 'डिफ़ॉल्ट पर रीसेट करें'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['सूचनाएं बंद करें', 'सूचनाएँ बंद करें', 'सूचनाएं अक्षम करें', 'सुझाव बंद करें', 'ऐनिमेशन बंद करें', 'अपने-आप रीफ़्रेश होना बंद करें', 'टूर रोकें'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['रिलीज़ नोट', 'रिलीज नोट', 'रिलीज़ चैनल', 'रिलीज चैनल'], source: 'GKE release channels and release notes, chosen' },
  ],
  safeActions: [
    { forms: ['वापस लाएं', 'पहले जैसा करें', 'पूर्ववत करें', 'मिटाना रद्द करें', 'चालू करें', 'सक्षम करें', '* चालू करें', 'बनाएं', '* बनाएं', 'जोड़ें', '* जोड़ें', 'शुरू करें', 'फिर से शुरू करें'], source: `the opposite of each destructive verb; ${GOOGLE_HI}` },
  ],
  leave: [
    { forms: ['रद्द करें', 'बंद करें', 'बंद करें*', 'नहीं', 'नहीं,*', 'वापस जाएं', 'अभी नहीं', 'रखें', 'समझ गया'], source: `Cancel = "रद्द करें", Close = "बंद करें"; ${GOOGLE_HI}` },
  ],
  confirm: [
    { forms: ['ठीक है', 'हां', 'हाँ', 'हां,*', 'पुष्टि करें', 'जारी रखें', 'आगे बढ़ें', 'मैं समझता हूं', 'सेव करें', 'सहेजें', 'लागू करें', 'हो गया', 'सबमिट करें'], source: `OK / Yes / Confirm / Continue; ${GOOGLE_HI}` },
  ],
  uiNouns: [
    { forms: ['कॉलम', 'फ़िल्टर', 'फिल्टर', 'व्यू', 'लेआउट', 'ज़ूम', 'सूचना', 'सूचनाएं', 'सूचनाएँ', 'सुझाव', 'टेबल', 'कार्ड', 'चार्ट'], source: 'things on the screen whose reset or disable destroys nothing, as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['नोड पूल'], source: GOOGLE_HI },
    { kind: 'gke-namespace', forms: ['नेमस्पेस', 'namespace'], source: GOOGLE_HI },
    { kind: 'gke-workload', forms: ['वर्कलोड', 'workload', 'pod'], source: GOOGLE_HI },
    { kind: 'instance-group', forms: ['इंस्टेंस ग्रुप'], source: GOOGLE_HI },
    { kind: 'sql-instance', forms: ['sql', 'डेटाबेस इंस्टेंस'], source: GOOGLE_HI },
    { kind: 'gke-cluster', forms: ['क्लस्टर'], source: GOOGLE_HI },
    { kind: 'snapshot', forms: ['स्नैपशॉट'], source: GOOGLE_HI },
    { kind: 'disk', forms: ['डिस्क'], source: GOOGLE_HI },
    { kind: 'storage-bucket', forms: ['बकेट'], source: GOOGLE_HI },
    { kind: 'vm-instance', forms: ['vm', 'वीएम', 'इंस्टेंस', 'वर्चुअल मशीन'], source: GOOGLE_HI },
    { kind: 'project', forms: ['प्रोजेक्ट', 'परियोजना'], source: GOOGLE_HI },
  ],
};
