package com.tfp.platform.eod.infrastructure;

import com.tfp.platform.eod.domain.PartitionProgress;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/** One partition of the deal step per deal-id range planned for the business date (EOD_PARTITION), each on its own thread. */
@Named("eodPartitionMapper")
@Dependent
public class EodPartitionMapper implements PartitionMapper {

  @Inject @BatchProperty(name = "businessDate") String businessDate;
  @Inject EodPartitions partitions;

  @Override
  public PartitionPlan mapPartitions() {
    List<PartitionProgress> parts = partitions.of(LocalDate.parse(businessDate));
    Properties[] props = new Properties[parts.size()];
    for (int i = 0; i < props.length; i++) {
      props[i] = new Properties();
      props[i].setProperty("partition", String.valueOf(parts.get(i).partition()));
      props[i].setProperty("lastId", String.valueOf(parts.get(i).lastId()));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(props.length);
    plan.setThreads(props.length);
    plan.setPartitionProperties(props);
    return plan;
  }
}
