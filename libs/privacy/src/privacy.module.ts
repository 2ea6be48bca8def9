import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { ScopedDatabase, VisitErasureRepository } from '#persistence';
import { AbandonedVisits } from './abandoned-visits.js';
import { BlindIndex } from './blind-index.js';
import { CitizenErasure } from './citizen-erasure.js';
import { FieldCipher } from './field-cipher.js';
import { KeyRotation } from './key-rotation.js';
import { PersonalDataVault } from './personal-data-vault.js';
import { ProcessingLog } from './processing-log.js';
import { Retention } from './retention.js';
import { VisitEraser } from './visit-eraser.js';

/** Field encryption, blind index, processing log, rotation, retention and erasure, keyed from configuration. */
@Global()
@Module({
  providers: [
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new FieldCipher(c.fieldKeys, c.fieldKeyCurrent) },
    { provide: BlindIndex, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new BlindIndex(c.blindIndexKey) },
    { provide: PersonalDataVault, inject: [FieldCipher, BlindIndex], useFactory: (cipher: FieldCipher, index: BlindIndex) => new PersonalDataVault(cipher, index) },
    { provide: ProcessingLog, inject: [BlindIndex], useFactory: (index: BlindIndex) => new ProcessingLog(index) },
    { provide: KeyRotation, inject: [ScopedDatabase, FieldCipher], useFactory: (db: ScopedDatabase, cipher: FieldCipher) => new KeyRotation(db, cipher) },
    { provide: VisitErasureRepository, useFactory: () => new VisitErasureRepository() },
    {
      provide: VisitEraser,
      inject: [PersonalDataVault, ProcessingLog, VisitErasureRepository],
      useFactory: (vault: PersonalDataVault, log: ProcessingLog, repository: VisitErasureRepository) => new VisitEraser(vault, log, repository),
    },
    {
      provide: Retention,
      inject: [ScopedDatabase, VisitErasureRepository, VisitEraser, APP_CONFIG],
      useFactory: (db: ScopedDatabase, repository: VisitErasureRepository, eraser: VisitEraser, c: AppConfig) => new Retention(db, repository, eraser, c.retentionDays),
    },
    {
      provide: AbandonedVisits,
      inject: [ScopedDatabase, VisitErasureRepository, APP_CONFIG],
      useFactory: (db: ScopedDatabase, repository: VisitErasureRepository, c: AppConfig) => new AbandonedVisits(db, repository, c.abandonedVisitDays),
    },
    {
      provide: CitizenErasure,
      inject: [ScopedDatabase, PersonalDataVault, VisitErasureRepository, VisitEraser],
      useFactory: (db: ScopedDatabase, vault: PersonalDataVault, repository: VisitErasureRepository, eraser: VisitEraser) =>
        new CitizenErasure(db, vault, repository, eraser),
    },
  ],
  exports: [FieldCipher, BlindIndex, PersonalDataVault, ProcessingLog, KeyRotation, Retention, AbandonedVisits, CitizenErasure],
})
export class PrivacyModule {}
