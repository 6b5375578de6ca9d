using GreenButton.Tests.Corpus;

namespace GreenButton.Tests.Validation;

/// <summary>The two corpus files whose gaps the validator once counted by its own rule: it now agrees with the summary.</summary>
public sealed class ValidatorTimelineCorpusTests
{
    private const string Nist = "lukabartolicFS__OpenESPI-GreenButtonCMDTest/Meter_Data_12-09-2013_12-15-2013.xml";
    private const string ConEd = "ConEd__peashutop_green-button-xml-to-csv/cned_electric_usage_interval_data_Service 1_1_2025-02-28_to_2025-02-28.xml";

    [CorpusFact]
    public void The_NIST_week_of_one_minute_samples_has_no_reading_gap() => AgreesWithTheSummary(Nist);

    [CorpusFact]
    public void Con_Edison_899_second_quarter_hours_have_no_reading_gap() => AgreesWithTheSummary(ConEd);

    private static void AgreesWithTheSummary(string file)
    {
        var path = SharedCorpus.PathOf(file);
        var result = GreenButtonValidator.Validate(path);
        result.Violations.Should().NotContain(v => v.Code == ValidationCodes.ReadingGap || v.Code == DiagnosticCodes.OverlappingReading
            || v.Code == DiagnosticCodes.DuplicateReading);
        GreenButtonDocument.Load(path).MeterReadings.Select(ReadingTimeline.Of).Sum(t => t.Gaps).Should().Be(0);
    }
}
