/**
 * Turkish (`hl=tr`; Azure portal `tr-tr`; the AWS console in Türkçe). Turkish
 * attaches endings: an action is asked for in the imperative ("Sil", the
 * button; "Kümeyi sil"), a question ("Küme silinsin mi?", "Silmek istiyor
 * musunuz?"), or the verbal noun ("Silme", "Kümeyi silme"); a description
 * announces it in the future passive ("silinecek", "kalıcı olarak
 * silinecektir").
 *
 * Turkish quirks: "Kapat" is Close, and also how a project is shut down
 * ("Proje kapatılsın mı?"): destructive only with the project named;
 * "Silme koruması" is deletion protection; "Sonlandır" is EC2's Terminate
 * while its Stop is "Durdur"; "İ" lower-cases to "i" (see normaliseText).
 */
import type { LanguageTable } from './types';

const AZURE = 'https://learn.microsoft.com/tr-tr/rest/api/resources/resourcegroups/delete ("Kaynak grubunu siler", "tüm kaynakları da silinir"); https://learn.microsoft.com/tr-tr/powershell/module/az.resources/remove-azresourcegroup ("Kaynak grubunu kaldırır"); the portal\'s Delete button says "Sil"';
const AWS = 'AWS EC2 console in Turkish: Terminate is "sonlandır" ("Örneği sonlandır"; "bulut sunucusu" also covered, another Turkish word for a cloud instance), Stop is "durdur"; chosen, no localized page with the dialog was found';

export const tr: LanguageTable = {
  lang: 'tr',
  name: 'Turkish',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['sil', 'silin', 'silinsin', 'silinsin mi', 'silme', 'silmek', 'silinmesi', 'silmeyi onayla', 'kalıcı olarak sil', 'silmek istiyor musunuz', 'silmeyi onaylayın'], source: AZURE },
    { action: 'remove', forms: ['kaldır', 'kaldırın', 'kaldırma', 'kaldırılsın', 'kaldırılsın mı', 'kaldırmak'], source: AZURE },
    { action: 'terminate', forms: ['sonlandır', 'sonlandırın', 'sonlandırma', 'sonlandırılsın', 'sonlandırılsın mı', 'örneği sonlandır', 'örnekleri sonlandır', 'örneği sonlandır (sil)', 'bulut sunucusunu sonlandır'], source: AWS },
    { action: 'destroy', forms: ['yok et', 'imha et', 'imha', 'yok edilsin', 'imha edilsin'], source: 'Cloud KMS "Destroy key version", chosen' },
    { action: 'shut-down', forms: ['kapat', 'kapatın', 'kapatılsın', 'kapatılsın mı', 'kapatma'], context: ['proje', 'projeyi', 'projesi', 'projesini'], source: 'project shut-down dialog ("Projeyi kapat"), chosen; only with the project named, since "Kapat" is also Close' },
    { action: 'shut-down', forms: ['yine de kapat'], source: 'project shut-down, "Shut down anyway", chosen' },
    { action: 'purge', forms: ['kuyruğu temizle', 'kuyruğu boşalt', 'kuyruk temizlensin', 'kuyruğu temizleme'], source: 'Cloud Tasks "Purge queue", chosen: "temizle" alone is also "clear"' },
    { action: 'release', forms: ['serbest bırak', 'serbest bırakın', 'serbest bırakılsın', 'serbest bırakma'], context: ['adres', 'adresi', 'adresini', 'ip'], source: 'Compute Engine "Release static address" ("Statik adresi serbest bırak"), chosen; only with an address named' },
    { action: 'reset', forms: ['sıfırla', 'sıfırlayın', 'sıfırlansın', 'sıfırlama'], source: 'Compute Engine VM "Reset" ("Sıfırla"), chosen' },
    { action: 'disable', forms: ['devre dışı bırak', 'devre dışı bırakın', 'devre dışı bırakılsın', 'devre dışı bırakma'], source: 'APIs & Services "Disable API" ("API\'yi devre dışı bırak"), chosen' },
    { action: 'stop', forms: ['durdur', 'durdurun', 'durdurulsun', 'durdurma', 'örneği durdur', 'askıya al', 'askıya alınsın'], source: `Compute Engine VM "Stop" ("Durdur"), "Suspend" ("Askıya al"); ${AWS}` },
  ],
  outcomes: [
    { action: 'delete', forms: ['silinecek', 'silinecektir', 'silinir', 'kalıcı olarak silinecek', 'kalıcı olarak silinecektir', 'siler'], source: AZURE },
    { action: 'remove', forms: ['kaldırılacak', 'kaldırılacaktır', 'kaldırır'], source: AZURE },
    { action: 'terminate', forms: ['sonlandırılacak', 'sonlandırılacaktır'], source: AWS },
    { action: 'destroy', forms: ['yok edilecek', 'imha edilecek', 'imha edilecektir'], source: 'as for imha et' },
    { action: 'reset', forms: ['sıfırlanacak', 'sıfırlanacaktır'], source: 'as for sıfırla' },
    { action: 'disable', forms: ['devre dışı bırakılacak', 'devre dışı bırakılacaktır'], source: 'as for devre dışı bırak' },
    { action: 'stop', forms: ['durdurulacak', 'durdurulacaktır'], source: 'as for durdur' },
  ],
  harmless: [
    { forms: ['silme koruması', 'silme korumasını', 'silme korumasi', 'silinemez', 'silinemiyor', 'sonlandırma koruması', 'sonlandırma korumasını'], source: 'deletion and termination protection, announced impossibilities; chosen' },
    { forms: ['son silinenler', 'yakın zamanda silinen', 'yakın zamanda silinenler', 'silinen öğeler', 'silinen nesneler', 'silme politikası', 'silme ilkesi', 'geçici silme', 'silmeyi geri al'], source: 'lists of deleted items, soft delete and deletion policies; chosen' },
    { forms: ['filtreleri temizle', 'filtreyi kaldır', 'filtreleri kaldır', 'tüm filtreleri kaldır', 'aramayı temizle', 'favorilerden kaldır'], source: 'table filter chips and search boxes; chosen' },
    { forms: ['sütunları sıfırla', 'filtreleri sıfırla', 'düzeni sıfırla', 'görünümü sıfırla', 'yakınlaştırmayı sıfırla', 'şifreyi sıfırla', 'parolayı sıfırla', 'varsayılana sıfırla'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['bildirimleri devre dışı bırak', 'bildirimleri kapat', 'ipuçlarını devre dışı bırak', 'ipuçlarını kapat', 'animasyonları kapat'], source: 'console preferences, chosen' },
    { forms: ['sürüm notları', 'sürüm kanalı'], source: 'release notes and channels; chosen' },
  ],
  safeActions: [
    { forms: ['geri yükle', '* geri yükle', 'silmeyi geri al', 'geri al', 'etkinleştir', '* etkinleştir', 'oluştur', '* oluştur', 'ekle', '* ekle', 'başlat', '* başlat', 'devam ettir'], source: 'the opposite of each destructive verb; chosen' },
  ],
  leave: [
    { forms: ['iptal', 'kapat', 'kapat*', 'hayır', 'hayır,*', 'hayır *', 'geri', 'şimdi değil', 'vazgeç', 'tut'], source: 'standard Google, Microsoft and AWS Turkish for Cancel ("İptal") and Close ("Kapat"); Material dialog conventions' },
  ],
  confirm: [
    { forms: ['tamam', 'ok', 'evet', 'evet,*', 'evet *', 'onayla', 'onaylıyorum', 'devam', 'devam et', 'uygula', 'kaydet', 'bitti', 'anladım', 'gönder'], source: 'standard Turkish for OK / Yes / Confirm / Continue; chosen' },
  ],
  uiNouns: [
    { forms: ['sütun', 'sütunlar', 'sütunları', 'filtre', 'filtreler', 'filtreleri', 'düzen', 'düzeni', 'görünüm', 'görünümü', 'yakınlaştırma', 'bildirim', 'bildirimler', 'bildirimleri', 'ipuçları', 'ipuçlarını', 'tablo', 'kartlar', 'grafik'], source: 'things on the screen whose reset or disable destroys nothing; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['düğüm havuzu*', 'node pool'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['ad alanı*', 'namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['iş yükü*', 'deployment', 'pod*'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['örnek grubu*'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'veritabanı örneği*'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['küme*'], source: 'GKE console ("Kümeyi sil")' },
    { kind: 'snapshot', forms: ['anlık görüntü*', 'snapshot*'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disk*'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['paket*', 'bucket*'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'sanal makine*', 'örneği', 'örnek', 'örnekleri', 'bulut sunucu*'], source: 'Compute Engine and EC2 consoles' },
    { kind: 'project', forms: ['proje*'], source: 'Resource Manager console' },
  ],
};
