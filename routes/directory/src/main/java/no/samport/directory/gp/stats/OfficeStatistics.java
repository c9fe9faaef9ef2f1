package no.samport.directory.gp.stats;

/**
 * A GP office's list figures on a day, without personal data.
 *
 * @param orgNr              organisasjonsnummer
 * @param herId              HER-id, or null
 * @param name               the office's name
 * @param municipality       where it lies
 * @param contracts          contracts running that day
 * @param listed             patients on its lists
 * @param caps               its lists' caps, summed
 * @param freePlaces         free places summed per list
 * @param waiting            people queued for its lists (per-GP model)
 * @param listsServedByVikar lists served by vikarer
 * @param listsWithoutDoctor lists without any doctor
 */
public record OfficeStatistics(String orgNr, String herId, String name, String municipality, int contracts,
                               long listed, long caps, long freePlaces, int waiting, int listsServedByVikar,
                               int listsWithoutDoctor) {
}
