/** Turkish wording through the whole recogniser: Google Cloud titles and buttons as hl=tr shows them, Azure's and AWS's too. */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../wording';
import { describeLanguage, judgeOn } from './language-suite';
import { tr } from './tr';

describeLanguage(tr, {
  console: 'gcp',
  destructive: [
    ['Küme silinsin mi?', 'İptal', 'Sil', 'delete'],
    ['"prod-1" kümesi silinsin mi?', 'İptal', 'Kümeyi sil', 'delete'],
    ['Kümeyi sil', 'İptal', 'Sil', 'delete'],
    ['Web-1 örneğini silmek istiyor musunuz?', 'Kapat', 'Sil', 'delete'],
    ['Emin misiniz?', 'Hayır', 'Onayla', 'delete', 'prod-1 kümesi kalıcı olarak silinecek.'],
    ['Emin misiniz?', 'İptal', 'Evet', 'delete', 'Paketteki tüm nesneler silinecektir.'],
    ['Emin misiniz?', 'İptal', 'Tamam', 'delete', 'Sanal makine silinecek.'],
    ['Asıl kullanıcı kaldırılsın mı?', 'İptal', 'Kaldır', 'remove'],
    ['Anahtar sürümü 3 imha edilsin mi?', 'İptal', 'İmha et', 'destroy'],
    ['Proje kapatılsın mı?', 'İptal', 'Kapat', 'shut-down'],
    ['acme-prod projesini kapat', 'İptal', 'Yine de kapat', 'shut-down'],
    ['orders kuyruğu temizlensin mi?', 'İptal', 'Kuyruğu temizle', 'purge'],
    ['web-ip statik adresini serbest bırak', 'İptal', 'Serbest bırak', 'release'],
    ['web-1 örneği sıfırlansın mı?', 'İptal', 'Sıfırla', 'reset'],
    ['Compute Engine API devre dışı bırakılsın mı?', 'İptal', 'Devre dışı bırak', 'disable'],
    ['web-1 örneği durdurulsun mu?', 'İptal', 'Durdur', 'stop'],
    ['web-1 askıya alınsın mı?', 'İptal', 'Askıya al', 'stop'],
  ],
  harmless: [
    ['Küme geri yüklensin mi?', ['İptal', 'Geri yükle']],
    ['Son silinenler', ['Kapat', 'Geri yükle']],
    ['Silme korumasını etkinleştir', ['İptal', 'Kaydet']],
    ['Silme politikası', ['İptal', 'Kaydet']],
    ['Sütunları sıfırla', ['İptal', 'Sıfırla']],
    ['Düzeni sıfırla', ['Hayır', 'Sıfırla']],
    ['Bildirimleri devre dışı bırak', ['İptal', 'Devre dışı bırak']],
    ['prod-1 kümesi silindi', ['Geri al']],
    ['Küme silindi', ['Tamam']],
    ['Filtreleri temizle', ['İptal', 'Tüm filtreleri kaldır']],
    ['Düğüm havuzu oluştur', ['İptal', 'Oluştur']],
    ['Sürüm notları', ['Kapat']],
    ['Compute Engine API etkinleştir', ['İptal', 'Etkinleştir']],
    ['Pencereyi kapat', ['Kapat']],
  ],
  ordinary: ['İptal', 'Kapat', 'Onayla', 'Devam', 'Kaydet', 'Anladım', 'Bir proje seçin', 'Onaylamak için kümenin adını yazın', 'Bu işlem geri alınamaz.', 'Daha fazla bilgi'],
});

describe('Turkish on the Azure portal and in AWS', () => {
  it('"İ" lower-cases to a plain "i": "İptal" is Cancel', () => {
    expect(normaliseText('İPTAL İptal')).toBe('iptal iptal');
  });

  it('Azure "Kaynak grubunu sil" [Sil] is a guarded delete', () => {
    expect(judgeOn('azure', 'Kaynak grubunu sil', ['İptal', 'Sil'])).toMatchObject({ destructive: true, action: 'delete', buttonRoles: ['free', 'action'] });
  });

  it('AWS EC2 "Örneği sonlandır (sil)?" [Sonlandır] is a guarded terminate', () => {
    expect(judgeOn('aws', 'Örneği sonlandır (sil)?', ['İptal', 'Sonlandır'])).toMatchObject({ destructive: true, action: 'terminate', buttonRoles: ['free', 'action'] });
  });

  it('AWS EC2 "Örneği durdur?" [Durdur] is the stop', () => {
    expect(judgeOn('aws', 'Örneği durdur?', ['İptal', 'Durdur'])).toMatchObject({ destructive: false, action: 'stop' });
  });
});
