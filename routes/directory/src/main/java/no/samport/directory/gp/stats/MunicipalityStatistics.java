package no.samport.directory.gp.stats;

import java.util.Map;

/**
 * A municipality's GP-list figures on a day, without personal data (GP-LISTS.md §3, §8; scenarios GL-03, GL-18, GL-21).
 * Lists count in the contract's municipality, persons in their home municipality.
 *
 * @param municipality             kommunenummer
 * @param name                     its name, when configured
 * @param day                      the day of the figures
 * @param contracts                contracts running that day
 * @param listed                   patients on the municipality's lists
 * @param caps                     the lists' caps, summed
 * @param freePlaces               free places summed per list (never caps minus listed)
 * @param capacitySharePercent     free places in percent of listed
 * @param capacityTargetPercent    the configured target, or null
 * @param averageList              listed per running contract
 * @param listsServedByVikar       lists with no holder, served by one or more vikarer
 * @param listsWithoutDoctor       lists with no doctor at all
 * @param sharedLists              lists held by several doctors
 * @param listsWithoutHolderAYear  lists without a fastlege for a year or more
 * @param waitingMunicipal         open entries on the municipality's own waiting list
 * @param waitingPerGp             open entries queued for particular lists
 * @param residentsListed          residents (by home municipality) on any list, anywhere
 * @param residentsListedElsewhere residents on lists of other municipalities
 * @param listedFromElsewhere      people on this municipality's lists who live elsewhere
 * @param contractModels           running contracts per contract model
 * @param utjamningstilskudd       whether it qualifies: under 5 000 inhabitants and average list under 1 200 (null when
 *                                 inhabitants are not configured)
 * @param holderCompetence         list holders (fastlege, delelege) on the day per competence code (GL-20), with
 *                                 "unknown" for those whose competence was not reported
 * @param specialistSharePercent   specialists in allmennmedisin among the list holders whose competence is known, or
 *                                 null when none is known
 * @param competenceFindings       list holders who breach the kompetanseforskrift's demand (GL-20)
 */
public record MunicipalityStatistics(String municipality, String name, java.time.LocalDate day, int contracts,
                                     long listed, long caps, long freePlaces, double capacitySharePercent,
                                     Double capacityTargetPercent, double averageList, int listsServedByVikar,
                                     int listsWithoutDoctor, int sharedLists, int listsWithoutHolderAYear,
                                     int waitingMunicipal, int waitingPerGp, long residentsListed,
                                     long residentsListedElsewhere, long listedFromElsewhere,
                                     Map<String, Integer> contractModels, Boolean utjamningstilskudd,
                                     Map<String, Integer> holderCompetence, Double specialistSharePercent,
                                     int competenceFindings) {
}
