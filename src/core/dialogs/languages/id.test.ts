/** Indonesian wording through the whole recogniser: console titles and buttons as hl=id shows them. */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeDialog } from '../judge';
import { findAction, normaliseText } from '../wording';
import { id as table } from './id';
import type { ActionClass } from './types';

type Destructive = [title: string, leave: string, confirm: string, action: ActionClass, lang?: string, description?: string];
type Harmless = [title: string, buttons: string[], description?: string];

const judge = (title: string, labels: string[], description?: string) =>
  judgeDialog({ title, accessibleName: '', description, buttons: labels.map((label) => ({ label, inActions: true })) });

const destructive: Destructive[] = [
  ['Hapus cluster "prod-1"?', 'Batal', 'Hapus', 'delete', 'id'],
  ['Hapus node pool "pool-1"', 'Batal', 'Hapus', 'delete', 'id'],
  ['Apakah Anda ingin menghapus instance VM "web-1"?', 'Batal', 'Hapus', 'delete', 'id'],
  ['Hapus bucket "acme-logs" secara permanen?', 'Batal', 'Hapus bucket', 'delete', 'id'],
  ['Keluarkan akun utama?', 'Batal', 'Keluarkan', 'remove', 'id'],
  ['Hancurkan versi kunci 3?', 'Batal', 'Jadwalkan penghancuran', 'destroy', 'id'],
  ['Matikan project "Acme Prod"', 'Batal', 'Tetap matikan', 'shut-down', 'id'],
  ['Kosongkan antrean "emails"?', 'Batal', 'Kosongkan antrean', 'purge', 'id'],
  ['Lepaskan alamat statis?', 'Batal', 'Lepaskan', 'release', 'id'],
  ['Setel ulang instance VM "web-1"?', 'Batal', 'Setel ulang', 'reset', 'id'],
  ['Nonaktifkan Kubernetes Engine API?', 'Batal', 'Nonaktifkan', 'disable', 'id'],
  ['Nonaktifkan penagihan untuk project acme-prod?', 'Batal', 'Nonaktifkan penagihan', 'disable', 'id'],
  ['Anda yakin?', 'Batal', 'Ya, hapus', 'delete', 'id'],
  ['Konfirmasi penghapusan', 'Batal', 'Konfirmasi', 'delete', 'id'],
  ['Anda yakin?', 'Tidak', 'Konfirmasi', 'delete', 'id', 'Cluster "prod-1" akan dihapus secara permanen.'],
  ['Hentikan instance VM "web-1"?', 'Batal', 'Hentikan', 'stop', 'id'],
  ['Tangguhkan VM?', 'Batal', 'Tangguhkan', 'stop', 'id'],
];

const harmless: Harmless[] = [
  ['Pulihkan project?', ['Batal', 'Pulihkan']],
  ['Batalkan penghapusan akun layanan', ['Batal', 'Batalkan penghapusan']],
  ['Bucket yang baru saja dihapus', ['Tutup', 'Pulihkan']],
  ['Aktifkan perlindungan penghapusan', ['Batal', 'Simpan']],
  ['Penghapusan sementara: durasi retensi', ['Batal', 'Simpan']],
  ['Reset kolom', ['Batal', 'Reset']],
  ['Setel ulang filter?', ['Tidak', 'Setel ulang filter']],
  ['Setel ulang tampilan', ['Batal', 'OK']],
  ['Nonaktifkan notifikasi', ['Batal', 'Nonaktifkan']],
  ['Matikan tips', ['Tutup', 'OK']],
  ['Hapus filter', ['Batal', 'Hapus semua filter']],
  ['Cluster dihapus', ['Urungkan']],
  ['Cluster dihapus', ['OK']],
  ['Buat node pool', ['Batal', 'Buat']],
  ['Catatan rilis', ['Tutup']],
  ['Aktifkan Kubernetes Engine API', ['Batal', 'Aktifkan']],
];

/** Ordinary Indonesian console text: no table (of any language) may read an action into it. */
const ordinary = [
  'Batal',
  'Tutup',
  'Konfirmasi',
  'Lanjutkan',
  'Simpan',
  'Saya mengerti',
  'Lihat detail',
  'Pilih project',
  'Ketik nama cluster untuk melanjutkan',
  'Tindakan ini tidak dapat diurungkan.',
  'Pelajari lebih lanjut',
  'Bagikan dengan pengguna',
];

// The first judgement builds every language's matchers: kept out of the per-case time limit.
beforeAll(() => {
  for (let round = 0; round < 3; round++) {
    judge('warm-up „é“', ['OK'], 'warm-up „é“');
    judge('warm up', ['OK'], 'warm up');
  }
}, 300_000);

describe('Indonesian (id): destructive confirmations', () => {
  it.each(destructive)('%s [%s | %s] -> %s', (title, leave, confirm, action, lang, description) => {
    const verdict = judge(title, [leave, confirm], description);
    expect(verdict).toMatchObject({ destructive: action !== 'stop', action });
    if (lang) expect(verdict.lang).toBe(lang);
    expect(verdict.buttonRoles).toEqual(['free', 'action']);
  });
});

describe('Indonesian (id): harmless look-alikes', () => {
  it.each(harmless)('%s %j', (title, buttons, description) => {
    expect(judge(title, buttons, description)).toMatchObject({ destructive: false, action: null });
  });

  it('a toast reporting a deletion is not a confirmation', () => {
    expect(judge('', ['OK'], 'Cluster prod-1 dihapus').destructive).toBe(false);
  });
});

describe('Indonesian (id): ordinary text and the table itself', () => {
  it.each(ordinary)('%s reads as no action', (text) => {
    expect(findAction(text)).toBeNull();
  });

  it('every leave, confirm and safe label reads as no action', () => {
    const labels = [...table.leave, ...table.confirm, ...table.safeActions].flatMap((entry) => entry.forms).filter((form) => !form.includes('*'));
    expect(labels.filter((label) => findAction(label) !== null)).toEqual([]);
  });

  it('forms are normalised, unique, sourced, and use * only at an end', () => {
    for (const entry of [...table.actions, ...table.outcomes, ...table.harmless, ...table.safeActions, ...table.leave, ...table.confirm, ...table.resources]) {
      expect(entry.source.length).toBeGreaterThan(5);
      expect(new Set(entry.forms).size).toBe(entry.forms.length);
      for (const form of entry.forms) {
        expect(normaliseText(form)).toBe(form);
        expect(form.slice(1, -1)).not.toContain('*');
      }
    }
  });
});
