package app.atelier.account.internal;

import app.atelier.shared.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its ISO code ("fr", "en"), which is what the column's check allows. */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return Language.fromCode(code);
    }
}
