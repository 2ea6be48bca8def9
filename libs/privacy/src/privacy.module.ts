import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { ScopedDatabase } from '#persistence';
import { BlindIndex } from './blind-index.js';
import { FieldCipher } from './field-cipher.js';
import { KeyRotation } from './key-rotation.js';
import { PersonalDataVault } from './personal-data-vault.js';
import { ProcessingLog } from './processing-log.js';
import { Retention } from './retention.js';

/** Field encryption, blind index, processing log, rotation and retention, keyed from configuration. */
@Global()
@Module({
  providers: [
    { provide: FieldCipher, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new FieldCipher(c.fieldKeys, c.fieldKeyCurrent) },
    { provide: BlindIndex, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new BlindIndex(c.blindIndexKey) },
    { provide: PersonalDataVault, inject: [FieldCipher, BlindIndex], useFactory: (cipher: FieldCipher, index: BlindIndex) => new PersonalDataVault(cipher, index) },
    { provide: ProcessingLog, inject: [BlindIndex], useFactory: (index: BlindIndex) => new ProcessingLog(index) },
    { provide: KeyRotation, inject: [ScopedDatabase, FieldCipher], useFactory: (db: ScopedDatabase, cipher: FieldCipher) => new KeyRotation(db, cipher) },
    {
      provide: Retention,
      inject: [ScopedDatabase, PersonalDataVault, ProcessingLog, APP_CONFIG],
      useFactory: (db: ScopedDatabase, vault: PersonalDataVault, log: ProcessingLog, c: AppConfig) => new Retention(db, vault, log, c.retentionDays),
    },
  ],
  exports: [FieldCipher, BlindIndex, PersonalDataVault, ProcessingLog, KeyRotation, Retention],
})
export class PrivacyModule {}
