/**
 * Indonesian (`hl=id`). Sources are the Indonesian Google Cloud docs, which
 * quote the console's buttons and titles.
 *
 * Indonesian quirks: affixes make separate words (`hapus`, `menghapus`,
 * `dihapus`, `penghapusan`), so each form is listed; `dihapus` ("is deleted")
 * is an outcome or a report, never an action. Remove is also `Hapus` in the
 * console ("Hapus akses"). `Lepaskan` alone is also "detach", so only
 * "lepaskan alamat" is a release.
 */
import type { LanguageTable } from './types';

export const id: LanguageTable = {
  lang: 'id',
  name: 'Indonesian',
  script: 'spaced',
  actions: [
    { action: 'delete', forms: ['hapus', 'menghapus', 'penghapusan', 'hapus permanen', 'hapus secara permanen'], source: 'https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=id ("Menghapus dan membatalkan penghapusan akun layanan"); console button "Hapus", standard Google Indonesian' },
    { action: 'remove', forms: ['keluarkan', 'mengeluarkan'], source: 'IAM "Remove" is mostly "Hapus" (https://cloud.google.com/iam/docs/principal-access-boundary-policies-remove?hl=id: "Menghapus kebijakan"); "Keluarkan" added for members, chosen' },
    { action: 'destroy', forms: ['hancurkan', 'menghancurkan', 'penghancuran', 'jadwalkan penghancuran'], source: 'https://docs.cloud.google.com/kms/docs/samples/kms-destroy-key-version?hl=id ("Menghancurkan versi kunci", "Menjadwalkan penghancuran")' },
    { action: 'shut-down', forms: ['matikan', 'mematikan', 'matikan project', 'matikan proyek', 'tetap matikan', 'penonaktifan project'], source: 'project shut-down dialog ("Shut down" = "Matikan", standard Google Indonesian, chosen); localized tutorials may keep the English "Shut down", which the English table reads' },
    { action: 'purge', forms: ['kosongkan antrean', 'kosongkan antrian', 'mengosongkan antrean', 'hapus permanen semua tugas'], source: 'Cloud Tasks "Purge queue", chosen' },
    { action: 'release', forms: ['lepaskan alamat', 'melepaskan alamat', 'lepaskan alamat statis', 'lepaskan alamat ip', 'pelepasan alamat'], source: 'https://cloud.google.com/compute/docs/instances-and-network ("change, list, and release static IP addresses"); Indonesian "Lepaskan alamat statis" chosen, as phrases: "lepaskan" alone is also detach' },
    { action: 'reset', forms: ['reset', 'setel ulang', 'menyetel ulang', 'mereset', 'penyetelan ulang'], source: 'Compute Engine "Reset" (kept as "Reset" or "Setel ulang" in Indonesian Google products), chosen' },
    { action: 'disable', forms: ['nonaktifkan', 'menonaktifkan', 'penonaktifan', 'nonaktifkan penagihan'], source: 'Service Usage "Disable API" = "Nonaktifkan API", IAM keys "Menonaktifkan dan mengaktifkan kunci", standard Google Indonesian' },
    { action: 'stop', forms: ['hentikan', 'menghentikan', 'penghentian', 'tangguhkan', 'menangguhkan', 'penangguhan'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=id ("Menghentikan instance VM"); https://cloud.google.com/compute/docs/samples/compute-suspend-instance?hl=id ("Menangguhkan VM")' },
  ],
  outcomes: [
    { action: 'delete', forms: ['akan dihapus', 'dihapus secara permanen', 'dihapus permanen', 'akan dihapus secara permanen'], source: 'dialog descriptions ("akan dihapus secara permanen")' },
    { action: 'destroy', forms: ['akan dihancurkan', 'dihancurkan secara permanen'], source: 'as for hancurkan' },
    { action: 'shut-down', forms: ['akan dimatikan'], source: 'as for matikan' },
    { action: 'reset', forms: ['akan direset', 'akan disetel ulang'], source: 'as for reset' },
    { action: 'disable', forms: ['akan dinonaktifkan'], source: 'as for nonaktifkan' },
    { action: 'stop', forms: ['akan dihentikan', 'akan ditangguhkan'], source: 'as for hentikan' },
  ],
  harmless: [
    { forms: ['tidak dapat dihapus', 'tidak bisa dihapus', 'tidak dapat menghapus'], source: 'announced impossibilities ("cannot be deleted while deletion protection is on") describe a protection, not an action; chosen' },
    { forms: ['perlindungan penghapusan', 'perlindungan terhadap penghapusan', 'perlindungan dari penghapusan', 'mencegah penghapusan', 'penghapusan yang tidak disengaja', 'penghapusan tidak disengaja'], source: 'https://cloud.google.com/compute/docs/samples/compute-delete-protection-set?hl=id ("perlindungan penghapusan")' },
    { forms: ['penghapusan sementara', 'hapus sementara', 'dihapus sementara', 'kebijakan penghapusan', 'retensi'], source: 'Cloud Storage soft delete and deletion policies, chosen' },
    { forms: ['baru saja dihapus', 'baru-baru ini dihapus', 'yang baru dihapus', 'item yang dihapus', 'project yang dihapus', 'menunggu penghapusan', 'penghapusan tertunda', 'dijadwalkan untuk dihapus', 'dijadwalkan untuk dihancurkan'], source: 'project lifecycle "pending deletion", KMS "scheduled for destruction", chosen' },
    { forms: ['membatalkan penghapusan', 'batalkan penghapusan', 'pembatalan penghapusan', 'urungkan penghapusan', 'pulihkan', 'memulihkan'], source: 'https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=id ("membatalkan penghapusan akun layanan")' },
    { forms: ['hapus filter', 'hapus semua filter', 'hapus kolom', 'hapus dari favorit', 'hapus sematan', 'hapus pilihan', 'hapus penelusuran'], source: 'table filter chips, search boxes and pinned products ("Hapus" is also "clear"), chosen' },
    { forms: ['reset kolom', 'setel ulang kolom', 'reset filter', 'setel ulang filter', 'reset tampilan', 'setel ulang tampilan', 'reset zoom', 'setel ulang zoom', 'reset sandi', 'reset kata sandi', 'setel ulang sandi', 'reset ke default', 'setel ulang ke default'], source: 'table and chart controls, chosen: resetting a view destroys nothing' },
    { forms: ['nonaktifkan notifikasi', 'nonaktifkan pemberitahuan', 'nonaktifkan tips', 'nonaktifkan petunjuk', 'nonaktifkan animasi', 'matikan notifikasi', 'matikan pemberitahuan', 'matikan tips', 'matikan animasi', 'matikan mode gelap'], source: 'console preferences and help panels, chosen: UI settings destroy nothing' },
    { forms: ['catatan rilis', 'saluran rilis'], source: 'GKE release channels and release notes; no overlap with "lepaskan", listed for completeness' },
  ],
  safeActions: [
    { forms: ['pulihkan', 'pulihkan *', 'batalkan penghapusan', 'urungkan', 'aktifkan', 'aktifkan *', 'buat', 'buat *', 'tambahkan', 'tambahkan *', 'tambah', 'mulai', 'mulai *'], source: 'https://docs.cloud.google.com/iam/docs/service-accounts-delete-undelete?hl=id ("membatalkan penghapusan"); the opposite direction of each destructive verb' },
  ],
  leave: [
    { forms: ['batal', 'batalkan', 'tutup', 'tutup dialog', 'tidak', 'tidak,*', 'kembali', 'abaikan', 'jangan sekarang', 'lain kali', 'mengerti', 'oke, mengerti', 'pertahankan'], source: 'standard Google Indonesian for Cancel ("Batal") and Close ("Tutup"), Material dialog conventions' },
  ],
  confirm: [
    { forms: ['ok', 'oke', 'ya', 'ya,*', 'ya *', 'konfirmasi', 'lanjutkan', 'lanjut', 'saya mengerti', 'kirim', 'terapkan', 'selesai', 'simpan'], source: 'standard Google Indonesian for OK / Yes / Confirm / Continue, chosen' },
  ],
  uiNouns: [
    { forms: ['kolom', 'filter', 'tata letak', 'tampilan', 'zoom', 'urutan', 'pengurutan', 'notifikasi', 'tips', 'petunjuk', 'tabel', 'kartu', 'diagram'], source: 'things on the screen whose reset or disable destroys nothing (table columns, filters, layout, views, notifications, tips), as the console names them; chosen' },
  ],
  resources: [
    { kind: 'gke-node-pool', forms: ['node pool', 'kumpulan node'], source: 'GKE console' },
    { kind: 'gke-namespace', forms: ['namespace'], source: 'GKE console' },
    { kind: 'gke-workload', forms: ['workload', 'beban kerja', 'deployment', 'pod'], source: 'GKE console' },
    { kind: 'instance-group', forms: ['grup instance', 'grup instans'], source: 'Compute Engine console' },
    { kind: 'sql-instance', forms: ['sql', 'instance database'], source: 'Cloud SQL console' },
    { kind: 'gke-cluster', forms: ['cluster', 'klaster'], source: 'GKE console' },
    { kind: 'snapshot', forms: ['snapshot'], source: 'Compute Engine console' },
    { kind: 'disk', forms: ['disk'], source: 'Compute Engine console' },
    { kind: 'storage-bucket', forms: ['bucket'], source: 'Cloud Storage console' },
    { kind: 'vm-instance', forms: ['vm', 'instance vm', 'instance', 'mesin virtual'], source: 'https://cloud.google.com/compute/docs/samples/compute-stop-instance?hl=id ("instance VM")' },
    { kind: 'project', forms: ['project', 'proyek'], source: 'Resource Manager console' },
  ],
};
