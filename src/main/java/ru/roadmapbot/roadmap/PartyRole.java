package ru.roadmapbot.roadmap;

/** The roles a responsible party of a roadmap row can name. */
public enum PartyRole {
    /** Heads of schools ("Руководители ОУ", "Учреждения", "МБОУ Галицкая СОШ"). */
    DIRECTOR,
    /** Curators who accompany schools ("Кураторы", "Кураторы из МОУ №№ 1, 3"). */
    CURATOR,
    /** The municipal office running the roadmap ("Муниципальный координатор", "МКУ «УО»"). */
    MUNICIPAL_COORDINATOR,
    /** The regional level ("Региональный координатор", "ГБУ ДПО РД «ДИРО»", "РЦОИ"). */
    REGIONAL_COORDINATOR
}
